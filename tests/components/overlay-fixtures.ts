/** Builders of overlay data: reports the store would return for a helicopter figure. */
import type { ClaimantRef } from '../../utils/engine/types';
import type { PageFigure, Report, ReportsForFigure, ValueGroup } from '../../utils/store/types';

export const azMod: ClaimantRef = { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' };
export const armMod: ClaimantRef = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' };
export const nkPresident: ClaimantRef = { id: 'nk_president', label: 'Arayik Harutyunyan', party: 'NK' };

let nextId = 0;

/** A report whose quote holds `figure` once; the offsets point at it. */
export function report(over: Partial<Report> & { figure: string; sentence: string }): Report {
  const { figure, sentence, ...rest } = over;
  const start = sentence.indexOf(figure);
  if (start < 0) throw new Error(`figure "${figure}" not in sentence`);
  nextId += 1;
  return {
    claimId: `c${nextId}`,
    value: 4,
    qualifier: 'exact',
    side: 'AZ',
    claimant: azMod,
    sourceId: `s${nextId}`,
    sourceLabel: `Source ${nextId}`,
    sourceKind: 'web',
    outlet: `Outlet ${nextId}`,
    url: `https://outlet${nextId}.example/story`,
    quote: sentence,
    quoteFigureStart: start,
    quoteFigureEnd: start + figure.length,
    selector: { exact: figure, prefix: sentence.slice(Math.max(0, start - 20), start), suffix: '' },
    period: '2020-09-27',
    origin: 'seed',
    ...rest,
  };
}

export const pageFigure: PageFigure = {
  metric: 'helicopters_downed',
  value: 4,
  qualifier: 'exact',
  side: 'AZ',
  claimant: armMod,
};

/** Three values from three claimants across seven reports: 1, 2, 4. */
export function helicopterReports(): ReportsForFigure {
  const groups: ValueGroup[] = [
    {
      value: 1,
      qualifier: 'exact',
      agreement: 'differs',
      claimants: [
        {
          claimant: azMod,
          reports: [
            report({
              value: 1,
              figure: 'one helicopter',
              sentence: 'Baku admitted losing one helicopter.',
              outlet: 'Baku Daily',
            }),
          ],
        },
      ],
    },
    {
      value: 2,
      qualifier: 'exact',
      agreement: 'differs',
      claimants: [
        {
          claimant: nkPresident,
          reports: [
            report({
              value: 2,
              claimant: nkPresident,
              figure: '2 helicopters',
              sentence: 'He said 2 helicopters fell.',
            }),
            report({
              value: 2,
              claimant: nkPresident,
              figure: 'two helicopters',
              sentence: 'Two? No: two helicopters.',
            }),
          ],
        },
      ],
    },
    {
      value: 4,
      qualifier: 'exact',
      agreement: 'same',
      claimants: [
        {
          claimant: armMod,
          reports: [
            report({
              claimant: armMod,
              figure: '4 helicopters',
              sentence: 'Yerevan said its forces shot down 4 helicopters on Sunday.',
              outlet: 'Armenian Weekly',
            }),
            report({
              claimant: armMod,
              figure: 'four helicopters',
              sentence: 'Armenia claimed four helicopters.',
              outlet: null,
              sourceLabel: 'English repost, outlet not named',
              sourceKind: 'seed',
              url: null,
            }),
            report({
              claimant: armMod,
              figure: '4 helicopters',
              sentence: 'Reports of 4 helicopters downed.',
            }),
            report({ claimant: armMod, figure: '4 choppers', sentence: 'Officials cited 4 choppers.' }),
          ],
        },
      ],
    },
  ];
  return {
    metric: { id: 'helicopters_downed', label: 'helicopters shot down' },
    period: '2020-09-27',
    groups,
    otherPeriods: [],
    series: [],
    summary: {
      distinctValues: 3,
      claimants: 3,
      outlets: 7,
      reports: 7,
      values: [1, 2, 4],
      pageAgrees: false,
    },
  };
}
