/**
 * Reads what the reader selected when they ask to check it: text on the page, text in a form
 * field (read from the field's own selection), or nothing we can read (an embedded frame, a
 * password field, no selection). Treats the page as hostile: reads only, never writes.
 */

export type SelectionRead =
  | { kind: 'text'; text: string; range: Range; editable: boolean }
  | {
      kind: 'field';
      text: string;
      element: HTMLInputElement | HTMLTextAreaElement;
      start: number;
      end: number;
    }
  | { kind: 'frame'; element: Element | null }
  | { kind: 'password'; element: Element }
  | { kind: 'empty' };

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isFrame(element: Element | null): boolean {
  return element !== null && /^(iframe|frame|object|embed)$/.test(element.localName);
}

function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element?.localName === 'textarea' || element?.localName === 'input';
}

/** The field's selected span; null for inputs without text selection (number, email, checkbox...). */
function fieldSelection(
  field: HTMLInputElement | HTMLTextAreaElement,
): { start: number; end: number } | null {
  try {
    const { selectionStart: start, selectionEnd: end } = field;
    return start === null || end === null ? null : { start, end };
  } catch {
    return null;
  }
}

function isEditable(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest('[contenteditable]:not([contenteditable="false"])'));
}

/** What the reader selected. `frame: 'embedded'`: the browser said the selection is in an embedded frame. */
export function readSelection(doc: Document, request: { frame?: 'embedded' } = {}): SelectionRead {
  const active = deepActiveElement(doc);
  if (request.frame === 'embedded') return { kind: 'frame', element: isFrame(active) ? active : null };
  if (isTextField(active)) {
    if (active.localName === 'input' && (active as HTMLInputElement).type === 'password')
      return { kind: 'password', element: active };
    const span = fieldSelection(active);
    if (span && span.end > span.start)
      return { kind: 'field', text: active.value.slice(span.start, span.end), element: active, ...span };
  }
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    const text = selection.toString();
    const range = selection.getRangeAt(0).cloneRange();
    if (text.trim())
      return { kind: 'text', text, range, editable: isEditable(range.commonAncestorContainer) };
  }
  if (isFrame(active)) return { kind: 'frame', element: active };
  return { kind: 'empty' };
}
