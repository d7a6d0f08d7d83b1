import type { TallyRow } from '../utils/overlay/tally-chart';

export interface TallyTableProps {
  id: string;
  rows: readonly TallyRow[];
  caption: string;
  /** Headers of the period and figure columns ("To", "Tally" for running totals). */
  columns?: { when: string; value: string };
}

const RUNNING_TOTAL_COLUMNS = { when: 'To', value: 'Tally' };

/**
 * The running tallies as a table: the chart's text alternative, read in order (each claimant's
 * tallies by day, then this page's). Its scroll box takes focus so a keyboard can scroll it.
 */
export function TallyTable({ id, rows, caption, columns = RUNNING_TOTAL_COLUMNS }: TallyTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
    <section class="ct-tally-table" tabIndex={0} aria-labelledby={`${id}-caption`}>
      <table id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Claimant</th>
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
              <th scope="row">{row.isPage ? `This page (${row.claimant})` : row.claimant}</th>
              <td>{row.date}</td>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
