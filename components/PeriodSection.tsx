import { useId } from 'preact/hooks';
import type { ReportLinker } from '../utils/overlay/links';
import { periodLabel } from '../utils/overlay/period-label';
import type { PeriodSection as PeriodSectionData } from '../utils/store/types';
import { ValueGroup } from './ValueGroup';

export interface PeriodSectionProps {
  section: PeriodSectionData;
  linker: ReportLinker;
}

/**
 * Reports of another period than the page figure's, under that period in words. They count other
 * days, so they carry no "agrees" or "differs".
 */
export function PeriodSection({ section, linker }: PeriodSectionProps) {
  const headingId = useId();
  return (
    <section class="ct-period" aria-labelledby={headingId} data-period={section.period ?? ''}>
      <h3 id={headingId} class="ct-period-head">
        {periodLabel(section.period)}
      </h3>
      <ul class="ct-groups">
        {section.groups.map((group) => (
          <ValueGroup
            key={`${group.value}:${group.qualifier}:${group.vagueTerm ?? ''}`}
            group={group}
            linker={linker}
            compared={false}
          />
        ))}
      </ul>
    </section>
  );
}
