// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readSelection } from '../../../../utils/content/check/selection';

function page(html: string): void {
  // Static test input, not page data.
  document.body.innerHTML = html;
}

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

afterEach(() => {
  getSelection()?.removeAllRanges();
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.innerHTML = '';
});

describe('reading what the reader selected', () => {
  it('reads a selection of page text with its range', () => {
    page('<p id="p">They shot down 2 helicopters.</p>');
    const text = document.getElementById('p')?.firstChild as Text;
    select(text, 15, 28);
    const read = readSelection(document);
    expect(read).toMatchObject({ kind: 'text', text: '2 helicopters', editable: false });
    expect(read.kind === 'text' && read.range.toString()).toBe('2 helicopters');
  });

  it('marks a selection in an editable area as such', () => {
    page('<div contenteditable="true"><p id="p">Draft: 2 helicopters.</p></div>');
    select(document.getElementById('p')?.firstChild as Text, 7, 20);
    expect(readSelection(document)).toMatchObject({ kind: 'text', editable: true });
  });

  it('reads the selected part of a focused text field', () => {
    page('<textarea id="t">They shot down 2 helicopters.</textarea>');
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(15, 28);
    expect(readSelection(document)).toMatchObject({
      kind: 'field',
      text: '2 helicopters',
      start: 15,
      end: 28,
    });
  });

  it('never reads a password field', () => {
    page('<input id="pw" type="password" value="2 helicopters">');
    const field = document.getElementById('pw') as HTMLInputElement;
    field.focus();
    field.select();
    expect(readSelection(document)).toEqual({ kind: 'password', element: field });
  });

  it('says the selection is in an embedded frame when the browser says so, or focus is in one', () => {
    page('<iframe id="f"></iframe>');
    const frame = document.getElementById('f') as HTMLIFrameElement;
    expect(readSelection(document, { frame: 'embedded' })).toEqual({ kind: 'frame', element: null });
    frame.focus();
    expect(readSelection(document)).toEqual({ kind: 'frame', element: frame });
  });

  it('says there is nothing selected', () => {
    page('<p>Nothing selected here.</p>');
    expect(readSelection(document)).toEqual({ kind: 'empty' });
  });
});
