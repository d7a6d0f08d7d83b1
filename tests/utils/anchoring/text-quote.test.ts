import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberTokens, sameNumber } from '../../../utils/anchoring/number-tokens';
import { anchorQuote, describeQuote } from '../../../utils/anchoring/text-quote';

const ARTICLE = [
  'Stepanakert, Sunday. The region saw heavy shelling overnight.',
  "Armenia's defence ministry said 2 Azerbaijani helicopters were shot down near the town.",
  "Azerbaijan's defence ministry said 4 Armenian tanks were destroyed in the same area.",
  'Both claims could not be verified.',
].join('\n');

function selectorFor(text: string, figure: string) {
  const start = text.indexOf(figure);
  return { selector: describeQuote(text, start, start + figure.length), start };
}

describe('anchoring a saved quote', () => {
  it('finds the quote where it was saved', () => {
    const { selector, start } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    expect(anchorQuote(ARTICLE, selector)).toEqual({ start, end: start + 25, status: 'exact' });
  });

  it('finds it after the page moved it and changed whitespace around it', () => {
    const { selector } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    const moved = `Breaking: ceasefire talks.\n\n${ARTICLE.replace('said 2 Azerbaijani', 'said  2\nAzerbaijani')}`;
    const anchored = anchorQuote(moved, selector);
    expect(anchored?.status).toBe('exact');
    expect(moved.slice(anchored?.start, anchored?.end)).toBe('2\nAzerbaijani helicopters');
  });

  it('says so when the page changed the number in the same place', () => {
    const { selector } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    const edited = ARTICLE.replace('said 2 Azerbaijani', 'said 4 Azerbaijani');
    const anchored = anchorQuote(edited, selector);
    expect(anchored).toMatchObject({ status: 'changed', nowSays: '4' });
    expect(edited.slice(anchored?.start, anchored?.end)).toBe('4 Azerbaijani helicopters');
  });

  it('counts a number written differently as the same number', () => {
    const { selector } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    const anchored = anchorQuote(ARTICLE.replace('said 2 ', 'said two '), selector);
    expect(anchored?.status).toBe('exact');
  });

  it('never attaches a stored 2 to a 4 in another sentence', () => {
    const text = [
      'Armenia said 2 helicopters were downed on Monday near the front.',
      'Azerbaijan said 4 helicopters were downed on Tuesday in the north.',
    ].join('\n');
    const { selector } = selectorFor(text, '2 helicopters');
    // The Monday sentence is gone; only the Tuesday one, with its 4, is left.
    const remaining = text.split('\n')[1] as string;
    expect(anchorQuote(remaining, selector)).toBeNull();
  });

  it('prefers the saved sentence, edited, over the same figure in another sentence', () => {
    const text = 'A said 2 helicopters fell at dawn today.\nLater B said 2 helicopters fell by night.';
    const { selector, start } = selectorFor(text, '2 helicopters');
    const edited = text.replace('A said 2', 'A said 4');
    expect(anchorQuote(edited, selector)).toMatchObject({ start, status: 'changed', nowSays: '4' });
  });

  it('picks the occurrence with the saved context, or the one nearest to where it was', () => {
    const text = 'one: 3 tanks. two: 3 tanks. three: 3 tanks.';
    const second = text.indexOf('3 tanks', 10);
    const { prefix, suffix, exact } = describeQuote(text, second, second + 7);
    expect(anchorQuote(text, { exact, prefix, suffix })?.start).toBe(second);
    const bare = { exact, prefix: '', suffix: '' };
    expect(anchorQuote(text, bare, { hint: text.lastIndexOf('3 tanks') })?.start).toBe(
      text.lastIndexOf('3 tanks'),
    );
  });

  it('does not find a quote that is gone, nor one inside a longer number', () => {
    const { selector } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    expect(anchorQuote('Nothing about it here.', selector)).toBeNull();
    expect(
      anchorQuote(ARTICLE.replace('said 2 ', 'said 12 ').replace(/^/, 'x'), {
        ...selector,
        prefix: '',
        suffix: '',
      }),
    ).toBeNull();
    expect(anchorQuote(ARTICLE, { exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('needs the context on both sides to call a number changed', () => {
    const { selector } = selectorFor(ARTICLE, '2 Azerbaijani helicopters');
    const newPrefix = ARTICLE.replace(
      "Armenia's defence ministry said 2",
      'Officials in Baku now say that 4',
    );
    expect(anchorQuote(newPrefix, selector)).toBeNull();
  });
});

// Properties over generated texts: sentences of words and numbers.
const word = fc.constantFrom(
  'said',
  'the',
  'ministry',
  'helicopters',
  'tanks',
  'near',
  'town',
  'were',
  'downed',
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.constantFrom('two', 'four', 'twelve'),
);
const tokenList = fc.array(fc.oneof(word, number), { minLength: 3, maxLength: 60 });
const spacing = fc.constantFrom(' ', ' ', '\n', '  ');

function joinTokens(tokens: string[], spaces: string[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  tokens.forEach((token, i) => {
    if (i > 0) text += spaces[i % spaces.length] ?? ' ';
    starts.push(text.length);
    text += token;
    ends.push(text.length);
  });
  return { text, starts, ends };
}

const numbersIn = (text: string) => numberTokens(text).map((token) => token.text);
const sameNumbers = (a: string, b: string) => {
  const [x, y] = [numbersIn(a), numbersIn(b)];
  return x.length === y.length && x.every((n, i) => sameNumber(n, y[i] ?? ''));
};

describe('anchoring properties', () => {
  it('never returns a span whose numbers differ from the saved quote unless it says "changed"', () => {
    fc.assert(
      fc.property(
        tokenList,
        tokenList,
        fc.array(spacing, { minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (saved, page, spaces, a, b) => {
          const source = joinTokens(saved, spaces);
          const i = a % saved.length;
          const j = i + (b % Math.min(4, saved.length - i));
          const selector = describeQuote(source.text, source.starts[i] as number, source.ends[j] as number);
          const text = joinTokens(page.concat(saved), spaces).text;
          const anchored = anchorQuote(text, selector);
          if (!anchored) return;
          const span = text.slice(anchored.start, anchored.end);
          if (anchored.status === 'exact') expect(sameNumbers(span, selector.exact)).toBe(true);
          else {
            expect(sameNumbers(span, selector.exact)).toBe(false);
            expect(anchored.nowSays).toBe(numbersIn(span).join(', '));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds every quote where it was saved in the unchanged text', () => {
    fc.assert(
      fc.property(
        tokenList,
        fc.array(spacing, { minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (tokens, spaces, a, b) => {
          const { text, starts, ends } = joinTokens(tokens, spaces);
          const i = a % tokens.length;
          const j = i + (b % Math.min(5, tokens.length - i));
          const start = starts[i] as number;
          const anchored = anchorQuote(text, describeQuote(text, start, ends[j] as number), { hint: start });
          expect(anchored).toEqual({ start, end: ends[j], status: 'exact' });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never anchors a stored number onto a different one without the saved context', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        (tokens, saved, delta) => {
          const now = saved + delta;
          const text = joinTokens([...tokens, String(now), 'helicopters'], [' ']).text;
          const selector = {
            exact: `${saved} helicopters`,
            prefix: 'Unrelated context, elsewhere: ',
            suffix: ' in another report.',
          };
          expect(anchorQuote(text, selector)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
