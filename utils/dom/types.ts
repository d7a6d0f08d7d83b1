/** Shared shapes of the DOM adapter. */

/**
 * A figure painted on the page. `id` must be stable across re-runs for the same figure
 * (for example `${metric}@${start}:${text}`), so re-marking after a mutation replaces instead of
 * duplicating.
 */
export interface Mark {
  id: string;
  range: Range;
}
