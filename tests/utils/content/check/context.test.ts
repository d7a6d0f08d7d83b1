// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contextWindow, textOffsetAt, trimSpan } from '../../../../utils/content/check/context';
import { collectText } from '../../../../utils/dom/text-map';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('where a DOM point is in the collected text', () => {
  it('counts the characters before it, across inline elements, blocks and collapsed whitespace', () => {
    // Static test input, not page data.
    document.body.innerHTML =
      '<h1>Title</h1><p>They   shot down <b>2</b> Azerbaijani\n helicopters.</p><p>Next.</p>';
    const collected = collectText(document.body, { readStyle: null });
    const bold = document.querySelector('b')?.firstChild as Text;
    const tail = bold.parentElement?.nextSibling as Text;
    const at = textOffsetAt(collected, bold, 0);
    expect(collected.text.slice(at, at + 25)).toBe('2 Azerbaijani helicopters');
    const end = textOffsetAt(collected, tail, tail.data.indexOf('.'));
    expect(collected.text.slice(at, end)).toBe('2 Azerbaijani helicopters');
    const next = document.querySelectorAll('p')[1]?.firstChild as Text;
    expect(collected.text.slice(textOffsetAt(collected, next, 0))).toBe('Next.');
    expect(textOffsetAt(collected, document.body, 0)).toBe(0);
  });
});

describe('the context sent with a selection', () => {
  const text = `${'First paragraph. '.repeat(120)}\nSecond paragraph with 2 helicopters.\n${'Third. '.repeat(300)}`;

  it('is the selection with whole paragraphs around it, as far as they fit', () => {
    const start = text.indexOf('2 helicopters');
    const { context, offset } = contextWindow(text, start, start + 13);
    expect(context.text.slice(context.selectionStart, context.selectionEnd)).toBe('2 helicopters');
    expect(offset + context.selectionStart).toBe(start);
    expect(context.text.length).toBeLessThanOrEqual(3013);
    expect(context.text).toContain('Second paragraph with 2 helicopters.');
  });

  it('is the whole text when it is short', () => {
    expect(contextWindow('Short: 2 helicopters.', 7, 20)).toEqual({
      context: { text: 'Short: 2 helicopters.', selectionStart: 7, selectionEnd: 20 },
      offset: 0,
    });
  });

  it('trims whitespace off a span', () => {
    expect(trimSpan('  2 tanks \n', 0, 11)).toEqual({ start: 2, end: 9 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
