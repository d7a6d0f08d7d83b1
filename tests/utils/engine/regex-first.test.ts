/**
 * The first-character lookahead (utils/engine/regex-first.ts) only skips positions where no
 * alternative can start: a scan with it must find exactly what the scan without it finds.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../utils/engine/coverage/fold';
import { compileCoverage, scanHits } from '../../../utils/engine/coverage/patterns';
import { foreignLexicon, LANGUAGES } from '../../../utils/engine/lexicons';
import {
  endAnchoredTest,
  firstCharLookahead,
  groupedByFirstChar,
  passesAtEnd,
  startsWithWordChar,
  unanchoredTest,
} from '../../../utils/engine/regex-first';
import { defaultPackData, type TopicPackData } from '../../../utils/engine/topic-pack';
import { LANGUAGE_SAMPLES } from '../../bench/engine/language-samples';

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

function withAndWithout(source: string, flags: string, text: string) {
  const first = firstCharLookahead(source);
  return {
    first,
    plain: matches(new RegExp(`(?:${source})`, flags), text),
    fast: matches(new RegExp(`${first ?? ''}(?:${source})`, flags), text),
  };
}

describe('firstCharLookahead', () => {
  it('lists the first characters of every alternative, through optional parts and groups', () => {
    expect(firstCharLookahead('abc|(?:d|e)f|g?h')).toBe('(?=[adegh])');
    expect(firstCharLookahead('\\bx\\p{L}*|(?<=\\n)[ \\t]*y|[«"]z')).toBe('(?=[xy]|[ \\t]|[«"])');
    expect(firstCharLookahead('(?<name>\\-q)|\\s+r')).toBe('(?=[\\-]|[\\s])');
  });

  it('gives up where any character could start a match', () => {
    for (const source of ['a|.b', '[^a]b', 'a|b?', '(a)?\\1b', 'x|\\Bb?']) {
      expect(firstCharLookahead(source)).toBeNull();
    }
  });

  it('finds the same matches, case-insensitive and in every script', () => {
    const text = 'Abc ABC dF eF h gh gH «z ’q x1 Ы ы ёж Ёж 𝒜b';
    for (const [source, flags] of [
      ['abc|(?:d|e)f|g?h', 'gi'],
      ['ы|ё\\p{L}+|𝒜b', 'giu'],
      ['[«"]z|’q|x\\d', 'gu'],
    ] as const) {
      const { first, plain, fast } = withAndWithout(source, flags, text);
      expect(first).not.toBeNull();
      expect(plain.length).toBeGreaterThan(0);
      expect(fast).toEqual(plain);
    }
  });

  it('finds the same lexicon words in every language sample', () => {
    let checked = 0;
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const lexicon = foreignLexicon(lang);
      const sample = LANGUAGE_SAMPLES[lang];
      if (!lexicon?.events || !sample) continue;
      const text = [sample.coverage, sample.background, sample.other].join('\n');
      const source = Object.values(lexicon.events).flat().join('|');
      const { first, plain, fast } = withAndWithout(source, 'giu', text);
      if (first === null) continue;
      expect(fast, lang).toEqual(plain);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('endAnchoredTest', () => {
  it('refuses sources whose $ does not end every branch', () => {
    expect(endAnchoredTest('a|b$', 'i')).toBeNull();
    expect(endAnchoredTest('ab\\$', 'i')).toBeNull();
    expect(endAnchoredTest('(a)\\1$', 'i')).toBeNull();
    expect(endAnchoredTest('ab', 'i')).toBeNull();
  });

  it("agrees with each language's owner-before pattern on every window of its samples", () => {
    let checked = 0;
    let matched = 0;
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const source = foreignLexicon(lang)?.grammar?.ownerBefore;
      const sample = LANGUAGE_SAMPLES[lang];
      if (!source || !sample) continue;
      const test = endAnchoredTest(source, 'iu');
      expect(test, lang).not.toBeNull();
      const pattern = new RegExp(source, 'iu');
      const text = [sample.coverage, sample.background].join('\n');
      for (let end = 1; end <= text.length; end++) {
        const window = text.slice(Math.max(0, end - 60), end);
        const expected = pattern.test(window);
        expect(passesAtEnd(test as RegExp, window), `${lang}: ${window}`).toBe(expected);
        if (expected) matched++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(1);
    expect(matched).toBeGreaterThan(0);
  });
});

describe('the coverage context scan', () => {
  // A term with a lookahead after one without: "karabakh" is the second term only before "fk".
  const pack = {
    ...defaultPackData,
    coverage: {
      ...defaultPackData.coverage,
      context: [
        { term: 'armenia', pattern: 'armeni\\p{L}*', weight: 1 },
        { term: 'club', pattern: 'karabakh(?=\\s+fk)', weight: 1 },
        { term: 'region', pattern: 'karabakh', weight: 1 },
      ],
    },
  } as TopicPackData;

  it('names each hit by the first term that matches it there, on every page', () => {
    const { context } = compileCoverage(pack);
    const page = foldText('Armenia and Armenian; Karabakh FK. Karabakh is a region. Karabakh fk');
    const expected = [
      [0, 0, 7],
      [0, 12, 20],
      [1, 22, 30],
      [2, 35, 43],
      [1, 57, 65],
    ];
    for (let i = 0; i < 2; i++) {
      expect(scanHits(context, page).map((h) => [h.spec, h.start, h.end])).toEqual(expected);
    }
  });
});

describe('groupedByFirstChar', () => {
  const branches = ['shot\\s+down', 'Destroyed', 'downed', 'shot', 'destroy', 'killed', 'k', 'd\\.o'];
  const text = 'Shot  down, shot; DESTROYED destroy downed. k, killed; d.o dXo kk shots';

  it('groups branches by their first letter, in their order', () => {
    expect(groupedByFirstChar(['shot', 'Downed', 'seized', 'destroyed'])).toBe(
      's(?:hot|eized)|d(?:owned|estroyed)',
    );
  });

  it('matches exactly what the plain alternation matches, where and how long', () => {
    for (const flags of ['gi', 'giu']) {
      const plain = matches(new RegExp(`\\b(?:${branches.join('|')})\\b`, flags), text);
      const grouped = matches(new RegExp(`\\b(?:${groupedByFirstChar(branches)})\\b`, flags), text);
      expect(grouped).toEqual(plain);
      expect(plain.length).toBeGreaterThan(6);
    }
  });

  it('groups only neighbouring plain branches; any other branch keeps its place', () => {
    expect(groupedByFirstChar(['ab', 'ac', '(?:x|y)z', 'ad', 'b'])).toBe('a(?:b|c)|(?:x|y)z|ad|b');
    for (const list of [
      ['a?b', 'ac'],
      ['\\d+', 'x'],
      ['a|b', 'c'],
      ['-x', 'y'],
    ]) {
      expect(groupedByFirstChar(list)).toBe(list.join('|'));
    }
  });

  it('matches as the plain join with other branches between the plain ones', () => {
    const mixed = ['(?:an? )?man and (?:his )?son', 'man', 'mother', '\\d+ dead', 'men', 'a(?:b|c)'];
    const text = 'a man and his son, man, mother; 5 dead men ab ac Man and son';
    for (const flags of ['gi', 'giu']) {
      const plain = matches(new RegExp(`\\b(?:${mixed.join('|')})\\b`, flags), text);
      expect(matches(new RegExp(`\\b(?:${groupedByFirstChar(mixed)})\\b`, flags), text)).toEqual(plain);
      expect(plain.length).toBeGreaterThan(5);
    }
  });
});

describe('startsWithWordChar', () => {
  it('is true only when every match starts with a letter, digit or underscore', () => {
    expect(startsWithWordChar('(?:an? )?(?:man|woman)|children|[a-z]+s|\\d+ dead')).toBe(true);
    for (const source of ['-?man', '(?:an? )?|x', '[-a]x', '[0-z]', '\\s*x', '.x', "'x"]) {
      expect(startsWithWordChar(source)).toBe(false);
    }
  });
});

describe('unanchoredTest', () => {
  it('drops the anchor and the optional parts that lead a pattern, and nothing required', () => {
    expect(unanchoredTest('^\\s*(?:\\p{L}+\\s+)?(?:her iki taraf\\p{L}*|iki taraf)')).toBe(
      '(?:her iki taraf\\p{L}*|iki taraf)',
    );
    expect(unanchoredTest('^\\s*(?:from|of)\\s+both')).toBe('(?:from|of)\\s+both');
    expect(unanchoredTest('^\\s+x')).toBe('\\s+x');
    expect(unanchoredTest('(?=a)b')).toBe('(?=a)b');
    expect(unanchoredTest('^a|b')).toBeNull();
    expect(unanchoredTest('^(a)?\\1')).toBeNull();
  });

  it('tests true on a text exactly when the anchored pattern matches at one of its words', () => {
    const source = '^\\s*(?:\\p{L}+\\s+)?(?:her iki taraf\\p{L}*|tarafların)';
    const anchored = new RegExp(source, 'iu');
    const test = new RegExp(unanchoredTest(source) as string, 'iu');
    const texts = [
      'çatışmada her iki tarafın',
      'askerler tarafından',
      'iki tarafların kaybı',
      'yok',
      'HER IKI tarafta',
    ];
    for (const text of texts) {
      const atSomeWord = [0, ...[...text.matchAll(/(?<=\s)\S/gu)].map((m) => m.index ?? 0)].some((at) =>
        anchored.test(text.slice(at)),
      );
      expect(test.test(text)).toBe(atSomeWord);
    }
    expect(texts.filter((text) => test.test(text))).toHaveLength(3);
  });
});
