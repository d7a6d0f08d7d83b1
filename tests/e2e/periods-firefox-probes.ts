/**
 * Page functions for the periods' Firefox test (sent as source text through BiDi: they use
 * nothing from this module's scope). The overlay's closed shadow root comes in as an argument.
 */

/** The overlay's running-total table (rows of cell texts) and its value groups' agreements; null until ready. */
export function overlayPeriods(root: ShadowRoot): {
  rows: string[][];
  headings: string[];
  differs: string[];
} | null {
  const dialog = root.querySelector('[role="dialog"]');
  const status = dialog?.querySelector('[role="status"]');
  if (!dialog || status?.getAttribute('data-state') !== 'ready') return null;
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    rows: [...dialog.querySelectorAll('.ct-tally-table tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    ),
    headings: [...dialog.querySelectorAll('h3')].map((heading) => text(heading)),
    differs: [...dialog.querySelectorAll('.ct-group[data-agreement="differs"]')].map((group) =>
      text(group.querySelector('.ct-value')),
    ),
  };
}
