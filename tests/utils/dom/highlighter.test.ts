// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  highlightCss,
  randomHighlightNames,
  sessionHighlightNames,
} from '../../../utils/dom/highlight-style';
import {
  createHighlighter,
  type HighlightEnvironment,
  isHighlightApiSupported,
} from '../../../utils/dom/highlighter';
import { diffMarks } from '../../../utils/dom/mark-diff';
import { collectText } from '../../../utils/dom/text-map';
import type { Mark } from '../../../utils/dom/types';

const HIGHLIGHT_NAMES = sessionHighlightNames();

// happy-dom has no CSS Custom Highlight API. The stand-ins follow the spec's shapes: a Highlight
// is a set of ranges with a priority, the registry a map from names to highlights.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

function fakeEnvironment(): { env: HighlightEnvironment; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  const env = {
    registry: registry as unknown as HighlightRegistry,
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
  };
  return { env, registry };
}

const ARTICLE =
  '<article><p>Baku said <b>4</b> helicopters and 12 tanks were hit.</p><p>Yerevan said 2 jets.</p></article>';

/** Marks as the content script makes them: engine offsets in collected text, ids stable per figure. */
function marksFor(figures: string[]): Mark[] {
  const { text, map } = collectText(document.body);
  return figures.map((figure) => {
    const start = text.indexOf(figure);
    return { id: `m@${start}:${figure}`, range: map.rangeFor(start, start + figure.length) as Range };
  });
}

function painted(highlight: FakeHighlight | undefined): string[] {
  return Array.from(highlight ?? [], (range) => (range as Range).toString()).sort();
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe('highlighter with the highlight API', () => {
  test('paints every mark without adding, removing or changing a node of the page', () => {
    const { env, registry } = fakeEnvironment();
    const before = document.documentElement.outerHTML;
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

    const highlighter = createHighlighter({ doc: document, env });
    highlighter.setMarks(marksFor(['4 helicopters', '12 tanks', '2 jets']));
    highlighter.setActive(highlighter.marks()[1]?.id ?? null);

    expect(painted(registry.get(HIGHLIGHT_NAMES.figure))).toEqual(['12 tanks', '2 jets', '4 helicopters']);
    expect(painted(registry.get(HIGHLIGHT_NAMES.active))).toEqual(['12 tanks']);
    expect(document.documentElement.outerHTML).toBe(before);
    observer.takeRecords();
    observer.disconnect();
    expect(seen).toEqual([]);
    // The style arrives as one adopted sheet, not an element (happy-dom cannot parse ::highlight rules).
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  test('re-running on the same page is idempotent: no duplicate marks', () => {
    const { env, registry } = fakeEnvironment();
    const highlighter = createHighlighter({ doc: document, env });
    highlighter.setMarks(marksFor(['4 helicopters', '12 tanks']));
    const diff = highlighter.setMarks(marksFor(['4 helicopters', '12 tanks']));
    expect(diff.kept).toHaveLength(2);
    expect(diff.added).toHaveLength(0);
    expect(registry.get(HIGHLIGHT_NAMES.figure)?.size).toBe(2);
    expect(highlighter.marks()).toHaveLength(2);
  });

  test('a page re-render moves marks to the new nodes and drops figures that left', () => {
    const { env, registry } = fakeEnvironment();
    const highlighter = createHighlighter({ doc: document, env });
    highlighter.setMarks(marksFor(['4 helicopters', '12 tanks', '2 jets']));
    highlighter.setActive(highlighter.marks()[2]?.id ?? null);
    // The page's framework replaces the first paragraph and removes the second.
    const first = document.querySelector('p') as HTMLParagraphElement;
    const fresh = document.createElement('p');
    fresh.append(
      'Baku said ',
      Object.assign(document.createElement('b'), { textContent: '4' }),
      ' helicopters and 12 tanks were hit.',
    );
    first.replaceWith(fresh);
    document.querySelectorAll('p')[1]?.remove();

    const diff = highlighter.setMarks(marksFor(['4 helicopters', '12 tanks']));
    expect(diff.moved.map((mark) => mark.id.split(':')[1])).toEqual(['4 helicopters', '12 tanks']);
    expect(diff.removed).toHaveLength(1);
    const figure = registry.get(HIGHLIGHT_NAMES.figure);
    expect(painted(figure)).toEqual(['12 tanks', '4 helicopters']);
    for (const range of figure ?? []) expect(fresh.contains(range.startContainer)).toBe(true);
    expect(highlighter.activeId()).toBeNull();
    expect(registry.get(HIGHLIGHT_NAMES.active)?.size).toBe(0);
  });

  test('active and hover accept only known ids', () => {
    const { env, registry } = fakeEnvironment();
    const highlighter = createHighlighter({ doc: document, env });
    highlighter.setMarks(marksFor(['4 helicopters', '2 jets']));
    highlighter.setHover(highlighter.marks()[1]?.id ?? null);
    expect(painted(registry.get(HIGHLIGHT_NAMES.hover))).toEqual(['2 jets']);
    highlighter.setActive('nope');
    expect(highlighter.activeId()).toBeNull();
    expect(registry.get(HIGHLIGHT_NAMES.active)?.size).toBe(0);
    highlighter.setHover(null);
    expect(registry.get(HIGHLIGHT_NAMES.hover)?.size).toBe(0);
  });

  test('destroy removes its highlights and stylesheet but never a newer instance’s', () => {
    const { env, registry } = fakeEnvironment();
    const old = createHighlighter({ doc: document, env });
    old.setMarks(marksFor(['4 helicopters']));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    old.destroy();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);

    const stale = createHighlighter({ doc: document, env });
    stale.setMarks(marksFor(['4 helicopters']));
    const fresh = createHighlighter({ doc: document, env }); // the extension was updated
    fresh.setMarks(marksFor(['12 tanks']));
    stale.destroy();
    expect(painted(registry.get(HIGHLIGHT_NAMES.figure))).toEqual(['12 tanks']);
    fresh.destroy();
    expect(registry.size).toBe(0);
  });

  test('marks inside a page component’s shadow root get the style adopted there', () => {
    const { env } = fakeEnvironment();
    const host = document.createElement('x-card');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const paragraph = document.createElement('p');
    paragraph.textContent = '3 drones';
    shadow.append(paragraph);
    const highlighter = createHighlighter({ doc: document, env });
    highlighter.setMarks(marksFor(['3 drones']));
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    highlighter.destroy();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('highlighter without the highlight API', () => {
  test('happy-dom lacks the API, so detection says no; stubbing the globals says yes', () => {
    expect(isHighlightApiSupported(window)).toBe(false);
    const fakeWindow = { Highlight: FakeHighlight, CSS: { highlights: new Map() } } as unknown as Window;
    expect(isHighlightApiSupported(fakeWindow)).toBe(true);
  });

  test('tracks marks for keyboard and clicks, paints nothing, touches nothing', () => {
    const before = document.documentElement.outerHTML;
    const highlighter = createHighlighter({ doc: document });
    expect(highlighter.painting).toBe(false);
    highlighter.setMarks(marksFor(['4 helicopters', '2 jets']));
    highlighter.setActive(highlighter.marks()[0]?.id ?? null);
    expect(highlighter.marks().map((mark) => mark.range.toString())).toEqual(['4 helicopters', '2 jets']);
    expect(highlighter.activeId()).not.toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('diffMarks', () => {
  test('sorts ids into added, moved, removed and kept; a repeated id counts once', () => {
    const [a, b, c] = marksFor(['4 helicopters', '12 tanks', '2 jets']) as [Mark, Mark, Mark];
    const current = new Map([
      [a.id, a.range],
      [b.id, b.range],
    ]);
    const bMoved = { id: b.id, range: c.range };
    const diff = diffMarks(current, [bMoved, c, c]);
    expect(diff).toEqual({ added: [c], moved: [bMoved], removed: [a.id], kept: [] });
  });
});

describe('highlight style fallback', () => {
  test('when the document refuses adopted sheets, one plain <style> is used and removed', () => {
    const { env } = fakeEnvironment();
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new DOMException('refused', 'NotAllowedError');
      },
    });
    try {
      const highlighter = createHighlighter({ doc: document, env });
      highlighter.setMarks(marksFor(['4 helicopters']));
      highlighter.setMarks(marksFor(['4 helicopters', '2 jets']));
      // One plain <style>, with no attribute a page could look for.
      const styles = [...document.querySelectorAll('style')];
      expect(styles).toHaveLength(1);
      expect(styles[0]?.getAttributeNames()).toEqual([]);
      expect(styles[0]?.textContent).toContain(`::highlight(${HIGHLIGHT_NAMES.figure})`);
      expect(document.querySelector('article')?.querySelector('style')).toBeNull();
      highlighter.destroy();
      expect(document.querySelectorAll('style')).toHaveLength(0);
    } finally {
      Reflect.deleteProperty(document, 'adoptedStyleSheets'); // back to the prototype's accessor
    }
  });
});

describe('highlight names', () => {
  test('are random per page load, never name Crosstally, and are what the highlighter registers', () => {
    const names = randomHighlightNames();
    const again = randomHighlightNames();
    const all = [...Object.values(names), ...Object.values(again)];
    expect(new Set(all).size).toBe(6);
    for (const name of all) expect(name).toMatch(/^h[0-9a-f]{16}$/);
    expect(highlightCss(names)).not.toMatch(/crosstally/i);

    const { env, registry } = fakeEnvironment();
    const highlighter = createHighlighter({ doc: document, env, names });
    highlighter.setMarks(marksFor(['4 helicopters']));
    expect(highlighter.names).toBe(names);
    expect([...registry.keys()].sort()).toEqual(Object.values(names).sort());
    expect([...registry.keys()].some((name) => /crosstally/i.test(name))).toBe(false);
    highlighter.destroy();
  });
});
