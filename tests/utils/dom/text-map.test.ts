// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { collectText, collectTextWhenIdle } from '../../../utils/dom/text-map';
import { readComputedStyle, type StyleFacts } from '../../../utils/dom/visibility';
import { fakeIdleWindow } from './fake-idle-window';

// Static fixtures only: the HTML below is test input, never page data.
function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function rangeTextOf(
  text: string,
  needle: string,
  map: ReturnType<typeof collectText>['map'],
): string | null {
  const start = text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return map.rangeFor(start, start + needle.length)?.toString() ?? null;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('collectText: what counts as visible text', () => {
  test('reads a figure split over inline elements as one phrase and maps it back to the DOM', () => {
    const { text, map } = collectText(page('<p>Baku said <b>4</b> <em>heli</em>copters were downed.</p>'));
    expect(text).toBe('Baku said 4 helicopters were downed.');
    expect(rangeTextOf(text, '4 helicopters', map)).toBe('4 helicopters');
  });

  test('skips scripts, styles, templates, form fields and buttons', () => {
    const { text } = collectText(
      page(
        '<p>Kept 1.</p><script>var x = "7 tanks";</script><style>p{}</style><noscript>8 drones</noscript>' +
          '<template><p>9 shells</p></template><textarea>10 guns</textarea><input value="11 jets">' +
          '<select><option>12 planes</option></select><button>Share 13 times</button><p>Kept 2.</p>',
      ),
    );
    expect(text).toBe('Kept 1.\nKept 2.');
  });

  test('skips editable areas, hidden elements, screen-reader-only text and our own UI', () => {
    const { text } = collectText(
      page(
        '<style>.gone{display:none}.sr{position:absolute;clip:rect(0,0,0,0)}' +
          '.vh{position:absolute;clip-path:inset(50%)}</style><span class="vh">4 visually hidden</span>' +
          '<p>Shown 1.</p><div contenteditable="true">Draft: 5 soldiers</div><p hidden>6 hidden</p>' +
          '<p class="gone">7 gone</p><span class="sr">8 for screen readers</span>' +
          '<div data-crosstally-ui><p>9 in our overlay</p></div><p contenteditable="false">Shown 2.</p>',
      ),
    );
    expect(text).toBe('Shown 1.\nShown 2.');
  });

  test('visibility:hidden hides an element’s text but a visible child still counts', () => {
    const { text } = collectText(
      page('<p style="visibility:hidden">ghost 3 <span style="visibility:visible">seen 4</span></p>'),
    );
    expect(text).toBe('seen 4');
  });

  test('aria-hidden text is on screen, so it is read unless the caller opts out', () => {
    const root = page('<p>A <span aria-hidden="true">5 tanks</span> B</p>');
    expect(collectText(root).text).toBe('A 5 tanks B');
    expect(collectText(root, { skipAriaHidden: true }).text).toBe('A B');
  });

  test('a closed <details> shows only its summary; an open one shows everything', () => {
    const root = page('<details><summary>Toll</summary><p>12 killed</p></details>');
    expect(collectText(root).text).toBe('Toll');
    root.querySelector('details')?.setAttribute('open', '');
    expect(collectText(root).text).toBe('Toll\n12 killed');
  });

  test('reads open shadow roots of page components, slotted content in place', () => {
    const root = page('<p>Before</p><x-card><span>slotted 3 drones</span></x-card>');
    const host = root.querySelector('x-card') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const heading = document.createElement('h3');
    heading.textContent = 'Card';
    shadow.append(heading, document.createElement('slot'));
    const { text, map } = collectText(root);
    expect(text).toBe('Before\nCard\nslotted 3 drones');
    expect(rangeTextOf(text, '3 drones', map)).toBe('3 drones');
    expect(collectText(root, { includeShadowRoots: false }).text).toBe('Before\nslotted 3 drones');
  });
});

describe('collectText: block boundaries and whitespace', () => {
  test('blocks, list items, cells and <br> break the text so sentences never run together', () => {
    const { text } = collectText(
      page(
        '<h1>Title</h1><p>One</p><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>e<br>f',
      ),
    );
    expect(text).toBe('Title\nOne\na\nb\nc\nd\ne\nf');
  });

  test('computed display decides block versus inline when styles say so', () => {
    const root = page('<p>x<span class="blk">y</span>z</p><div class="inl">m</div><div class="inl">n</div>');
    const facts = (display: string): StyleFacts => ({ display, visibility: 'visible', whiteSpace: 'normal' });
    const readStyle = (element: Element): StyleFacts =>
      element.classList.contains('blk')
        ? facts('block')
        : facts(
            element.classList.contains('inl') ? 'inline' : element.localName === 'p' ? 'block' : 'inline',
          );
    expect(collectText(root, { readStyle }).text).toBe('x\ny\nz\nmn');
  });

  test('collapses whitespace as HTML renders it, and the range still covers the raw text', () => {
    const { text, map } = collectText(
      page('<p>\n   At least  14\n\t civilians   were  <b> </b> killed.  </p>'),
    );
    expect(text).toBe('At least 14 civilians were killed.');
    expect(rangeTextOf(text, '14 civilians', map)).toBe('14\n\t civilians');
  });

  test('keeps whitespace inside <pre>', () => {
    const { text } = collectText(page('<pre>a  b\nc</pre>'));
    expect(text).toBe('a  b\nc');
  });

  test('several roots are read in order as separate blocks', () => {
    page('<h1>2 jets shot down</h1><article><p>Body text</p></article>');
    const { text } = collectText([
      document.querySelector('h1') as Element,
      document.querySelector('article') as Element,
    ]);
    expect(text).toBe('2 jets shot down\nBody text');
  });
});

describe('collectText: bounded work', () => {
  test('stops at maxChars and says the text is truncated', () => {
    const result = collectText(page(`<p>${'word '.repeat(100)}</p>`), { maxChars: 42 });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBe(42);
    expect(result.map.rangeFor(0, 42)?.toString().replace(/\s+/g, ' ')).toBe(result.text);
  });

  test('stops at maxNodes and says so', () => {
    const paragraphs = Array.from({ length: 50 }, (_, index) => `<p>p${index}</p>`).join('');
    const result = collectText(page(paragraphs), { maxNodes: 20 });
    expect(result.truncated).toBe(true);
    expect(result.nodesVisited).toBeLessThanOrEqual(21);
    expect(result.text.startsWith('p0\np1')).toBe(true);
    expect(collectText(document.body).truncated).toBe(false);
  });
});

describe('TextMap.rangeFor', () => {
  test('a range over a block boundary starts and ends on text, not on the gap', () => {
    const { text, map } = collectText(page('<p>end of one.</p><p>Start of two</p>'));
    const range = map.rangeFor(text.indexOf('one.'), text.indexOf('Start') + 5);
    expect(range?.toString()).toBe('one.Start');
    expect(map.rangeFor(text.indexOf('\n'), text.indexOf('\n') + 1)).toBeNull();
  });

  test('refuses out-of-bounds and empty spans', () => {
    const { map, text } = collectText(page('<p>abc</p>'));
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(0, text.length + 1)).toBeNull();
    expect(map.rangeFor(2, 2)).toBeNull();
    expect(map.rangeFor(0.5, 2)).toBeNull();
  });

  test('never anchors on text the page changed since collection (a 2 is not a 4)', () => {
    const root = page('<p>Armenia said <b>4</b> helicopters.</p>');
    const { text, map } = collectText(root);
    const start = text.indexOf('4 helicopters');
    (root.querySelector('b')?.firstChild as Text).data = '2';
    expect(map.rangeFor(start, start + 13)).toBeNull();
    root.querySelector('p')?.remove();
    expect(map.rangeFor(0, 5)).toBeNull();
  });
});

// Random small DOM trees of inline and block elements holding words.
type Tree = string | { tag: string; children: Tree[] };
const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const textLeaf = fc
  .tuple(
    fc.constantFrom('', ' ', '\n  '),
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', ' ', ' \t'),
  )
  .map(([before, words, after]) => `${before}${words.join(' ')}${after}`);
const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textLeaf,
    fc.record({
      tag: fc.constantFrom('p', 'div', 'span', 'b', 'em', 'li', 'h2', 'a', 'section'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function build(node: Tree, parent: Node): void {
  if (typeof node === 'string') {
    parent.appendChild(document.createTextNode(node));
    return;
  }
  const element = document.createElement(node.tag);
  for (const child of node.children) build(child, element);
  parent.appendChild(element);
}

describe('collectText properties on random trees', () => {
  test('every span maps to a range whose text is the span (block gaps aside)', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (trees, a, b) => {
        document.body.replaceChildren();
        for (const each of trees) build(each, document.body);
        const { text, map } = collectText(document.body);
        expect(text).not.toMatch(/ {2}|^[ \n]|[ \n]$| \n|\n | \n|\n{2}/);
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const slice = text.slice(start, end);
        const range = map.rangeFor(start, end);
        if (slice.replace(/\n/g, '') === '') {
          expect(range).toBeNull();
          return;
        }
        expect(range).not.toBeNull();
        const covered = (range as Range).toString();
        // A block boundary is a "\n" in the text and nothing in the DOM.
        expect(covered.replace(/\s+/g, '')).toBe(slice.replace(/\s+/g, ''));
        if (!slice.includes('\n')) expect(covered.replace(/\s+/g, ' ')).toBe(slice);
      }),
      { numRuns: 300 },
    );
  });
});

describe('collectTextWhenIdle', () => {
  const longPage = (): HTMLElement =>
    page(
      Array.from(
        { length: 300 },
        (_, index) => `<p>Day ${index}: <b>${index % 9}</b> drones downed, officials said.</p>`,
      ).join(''),
    );

  test('gives the same text and ranges as collectText, spread over several idle slices', async () => {
    const root = longPage();
    const fake = fakeIdleWindow(5);
    const onePass = collectText(root);
    // Each visited node costs 0.1 ms of fake time, so a 5 ms idle period fits about 50 nodes.
    const readStyle = (element: Element) => {
      fake.spend(0.1);
      return readComputedStyle(element);
    };
    const pending = collectTextWhenIdle(root, { win: fake.win, readStyle });
    await fake.drain();
    const sliced = await pending;
    expect(sliced?.text).toBe(onePass.text);
    expect(fake.idlePeriods()).toBeGreaterThan(5);
    const start = onePass.text.indexOf('7 drones');
    expect(sliced?.map.rangeFor(start, start + 8)?.toString()).toBe('7 drones');
  });

  test('resolves null when aborted between slices', async () => {
    const root = longPage();
    const fake = fakeIdleWindow(1);
    const controller = new AbortController();
    const readStyle = (element: Element) => {
      fake.spend(0.1);
      return readComputedStyle(element);
    };
    const pending = collectTextWhenIdle(root, { win: fake.win, readStyle, signal: controller.signal });
    await fake.runNext();
    controller.abort();
    await fake.drain();
    await expect(pending).resolves.toBeNull();
  });
});
