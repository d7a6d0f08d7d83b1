import { packLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import type { TallyRow } from '../utils/overlay/tally-chart';

export interface TallyTableProps {
  id: string;
  rows: readonly TallyRow[];
  caption: string;
  /** Headers of the period and figure columns ("To", "Tally" for running totals). */
  columns?: { when: string; value: string };
}

/** The running total's column headers, read in the UI language at each render. */
const runningTotalColumns = () => ({ when: t('tally.to'), value: t('tally.tally') });

/**
 * The running tallies as a table: the chart's text alternative, read in order (each claimant's
 * tallies by day, then this page's). Its scroll box takes focus so a keyboard can scroll it.
 */
export function TallyTable({ id, rows, caption, columns = runningTotalColumns() }: TallyTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
    <section class="ct-tally-table" tabIndex={0} aria-labelledby={`${id}-caption`}>
      <table id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.claimant')}</th>
            <th scope="col">{columns.when}</th>
            <th scope="col">{columns.value}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.claimant}|${row.date}|${row.value}|${row.isPage}`}
              class={row.isPage ? 'ct-tally-page-row' : undefined}
            >
              <th scope="row">
                {row.isPage ? t('tally.thisPageRow', { claimant: row.claimant }) : packLabel(row.claimant)}
              </th>
              <td>{row.date}</td>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
