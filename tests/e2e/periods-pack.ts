/**
 * The claimants' running totals of the demo page assets/demo/running-total.html ("480 Armenian
 * soldiers killed since 27 September", reported on 10 October 2020), as a pack of the period
 * end-to-end tests' own (Chromium and Firefox), imported as a reader would.
 */
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import type { Claim, Source } from '../../utils/store/types';

export const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const nkMod = { id: 'nk_mod', label: 'Nagorno-Karabakh Defence Ministry', party: 'NK' as const };
const azMod = { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' as const };

/** One outlet's report of a soldiers' toll. */
export function report(n: number, claimant: Claim['claimant'], value: number, period: string) {
  const figure = `${value} Armenian soldiers`;
  const quote = `The ministry said ${figure} had been killed.`;
  const start = quote.indexOf(figure);
  const source: Source = {
    id: `tally-${n}`,
    label: `Tally report ${n}`,
    outlet: `Outlet ${n}`,
    url: null,
    language: 'en',
    publishedDate: null,
    kind: 'import',
    segments: [],
  };
  const claim: Claim = {
    id: `tally-${n}#soldiers_killed@${start}`,
    metric: 'soldiers_killed',
    value,
    qualifier: 'exact',
    side: 'ARM',
    claimant,
    sourceId: source.id,
    quote,
    quoteFigureStart: start,
    quoteFigureEnd: start + figure.length,
    selector: { exact: figure, prefix: 'The ministry said ', suffix: ' had been killed.' },
    start,
    end: start + figure.length,
    period,
    origin: 'import',
    createdAt: 1,
    updatedAt: 1,
  };
  return { source, claim };
}

export const REPORTS = [
  report(1, armMod, 2425, '2020-09-27/2020-11-09'),
  report(2, armMod, 16, '2020-09-27/2020-09-27'),
  report(3, armMod, 31, '2020-09-27/2020-09-28'),
  // The page's own period from another claimant: compared, and it differs.
  report(4, nkMod, 500, '2020-09-27/2020-10-10'),
  // One day's losses, not a tally: another period, listed apart.
  report(5, azMod, 3, '2020-10-10'),
];

export const PACK: ClaimPack = {
  format: 'crosstally-claim-pack',
  version: 2,
  createdAt: 1,
  sources: REPORTS.map((r) => r.source),
  claims: REPORTS.map((r) => r.claim),
};
