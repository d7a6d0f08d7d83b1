/**
 * How Crosstally recognises its own in-page UI, so text collection, mutation watching and
 * hit-testing never treat our overlay, live region or style element as page content.
 */

/** Attribute every element Crosstally inserts into a page carries (shadow hosts included). */
export const OWN_UI_ATTRIBUTE = 'data-crosstally-ui';

/** True when `node` is, or sits inside, an element Crosstally inserted. */
export function isOwnUi(node: Node | null): boolean {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 1 && (current as Element).hasAttribute(OWN_UI_ATTRIBUTE)) return true;
    // Step out of shadow roots too: our overlay's internals live in a shadow tree whose host is marked.
    current = current.parentNode ?? ((current as ShadowRoot).host as Node | undefined) ?? null;
  }
  return false;
}
