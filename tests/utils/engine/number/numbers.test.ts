import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../../utils/engine/compiled-pack';
import { type FindNumbersOptions, findNumbers } from '../../../../utils/engine/number/numbers';
import { defaultPackData } from '../../../../utils/engine/topic-pack';
import type { NumberMention } from '../../../../utils/engine/types';
import fixtures from '../../../fixtures/number-sentences.json';

interface Seen {
  text: string;
  number: string;
  value: number | null;
  qualifier: NumberMention['qualifier'];
  form: NumberMention['form'];
}

/** The pairs of people the default topic pack counts as two. */
const pairs = compilePack(defaultPackData).pairNoun;

function seen(text: string, options?: FindNumbersOptions): Seen[] {
  return findNumbers(text, options).map((m) => ({
    text: text.slice(m.start, m.end),
    number: text.slice(m.numberStart, m.numberEnd),
    value: m.value,
    qualifier: m.qualifier,
    form: m.form,
  }));
}

function only(text: string, options?: FindNumbersOptions): Seen {
  const all = seen(text, options);
  expect(all).toHaveLength(1);
  return all[0] as Seen;
}

function expectWellFormed(text: string, mentions: NumberMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.start).toBeLessThanOrEqual(m.numberStart);
    expect(m.numberStart).toBeLessThan(m.numberEnd);
    expect(m.numberEnd).toBeLessThanOrEqual(m.end);
    expect(m.end).toBeLessThanOrEqual(text.length);
    previousEnd = m.end;
  }
}

describe('findNumbers: digits', () => {
  it.each([
    ['Baku said 12 tanks were hit.', '12', 12],
    ['Officials said 30,000 people fled.', '30,000', 30000],
    ['Officials said 30 000 people fled.', '30 000', 30000],
    ['Officials said 30\u00A0000 people fled.', '30\u00A0000', 30000],
    ['Officials said 30\u2009000 people fled.', '30\u2009000', 30000],
    ['Officials said 30\u202F000 people fled.', '30\u202F000', 30000],
    ['The war displaced 800,000 Azerbaijanis.', '800,000', 800000],
    ['The census counted 1,234,567 residents.', '1,234,567', 1234567],
    ['Some of 1.5 million refugees returned.', '1.5 million', 1500000],
    ['Damage was put at 2.3bn manat.', '2.3bn', 2300000000],
    ['The fund holds 4 billion dollars.', '4 billion', 4000000000],
    ['Baku said 4 thousand troops died.', '4 thousand', 4000],
    ['The ministry said 3 dozen drones flew.', '3 dozen', 36],
  ])('reads %j', (sentence, number, value) => {
    const m = only(sentence);
    expect(m).toMatchObject({ number, value, form: 'digits', qualifier: 'exact' });
  });
});

describe('findNumbers: number words', () => {
  it.each([
    ['Two soldiers died.', 'Two', 2],
    ['The army lost twenty-five tanks.', 'twenty-five', 25],
    ['The army lost twenty five tanks.', 'twenty five', 25],
    ['The army lost a hundred tanks.', 'a hundred', 100],
    ['He said one hundred and twenty soldiers died.', 'one hundred and twenty', 120],
    ['Baku claimed a dozen positions.', 'a dozen', 12],
    ['Baku said three dozen drones were launched.', 'three dozen', 36],
    ['Half a million people live there.', 'Half a million', 500000],
    ['Half a dozen ambulances were hit.', 'Half a dozen', 6],
    ['One and a half million people were displaced.', 'One and a half million', 1500000],
    ['Three thousand five hundred families fled.', 'Three thousand five hundred', 3500],
    ['Two hundred thousand people rallied.', 'Two hundred thousand', 200000],
    ['Yerevan said one of its helicopters was hit.', 'one', 1],
    ['It said that one of its helicopters was hit.', 'one', 1],
    ['A couple of rockets landed nearby.', 'A couple', 2],
    ['A pair of drones circled the town.', 'A pair', 2],
  ])('reads %j', (sentence, number, value) => {
    const m = only(sentence);
    expect(m).toMatchObject({ number, value, form: 'words' });
  });

  it('keeps two numbers in a row apart', () => {
    expect(seen('Of the seven, two survived.').map((m) => m.value)).toEqual([7, 2]);
  });
  it('reads no word of the page as a scale or unit by the name of a JavaScript property', () => {
    const mentions = seen('They hired one constructor and two toString experts, seventy valueOf.');
    expect(mentions.map((m) => m.value)).toEqual([1, 2, 70]);
  });
});

describe('findNumbers: implicit counts', () => {
  it('reports nothing for articles unless asked', () => {
    expect(seen('Armenian forces shot down a drone.')).toEqual([]);
  });

  it('reads "a drone" and "an Azerbaijani tank" as one, spanning the article', () => {
    const text = 'Troops shot down a drone and hit an Azerbaijani tank.';
    expect(seen(text, { implicit: true })).toEqual([
      { text: 'a', number: 'a', value: 1, qualifier: 'exact', form: 'implicit' },
      { text: 'an', number: 'an', value: 1, qualifier: 'exact', form: 'implicit' },
    ]);
  });

  it('reads "a mother and child" as two, spanning the pair the topic pack names', () => {
    const m = only('Officials said a mother and child were killed.', { implicit: true, pairs });
    expect(m).toMatchObject({ number: 'a mother and child', value: 2, form: 'implicit' });
    expect(only('Officials said a mother and child were killed.', { implicit: true })).toMatchObject({
      number: 'a',
      value: 1,
    });
  });

  it('leaves the article of a collective or of a following number alone', () => {
    expect(seen('A group of soldiers and a lot of shells.', { implicit: true })).toEqual([]);
    const further = seen('A further 30 troops and an estimated 50 civilians.', { implicit: true });
    expect(further.map((m) => [m.text, m.value, m.form])).toEqual([
      ['30', 30, 'digits'],
      ['an estimated 50', 50, 'digits'],
    ]);
  });

  it('still reads article numbers as words in implicit mode', () => {
    expect(only('A dozen drones fell.', { implicit: true })).toMatchObject({ value: 12, form: 'words' });
  });
});

describe('findNumbers: vague amounts', () => {
  it.each([
    ['Dozens of civilians were hurt.', 'Dozens'],
    ['Hundreds of soldiers died.', 'Hundreds'],
    ['Thousands fled the city.', 'Thousands'],
    ['Tens of thousands fled.', 'Tens of thousands'],
    ['Hundreds of thousands were displaced.', 'Hundreds of thousands'],
    ['Scores of villagers hid in basements.', 'Scores'],
    ['Several drones were intercepted.', 'Several'],
    ['A few shells fell short.', 'A few'],
    ['A few hundred volunteers arrived.', 'A few hundred'],
    ['Several thousand people marched.', 'Several thousand'],
  ])('reads %j as vague', (sentence, number) => {
    expect(only(sentence)).toEqual({ text: number, number, value: null, qualifier: 'vague', form: 'vague' });
  });

  it('does not treat "many", a settled score or a bare "dozen" as amounts', () => {
    expect(seen('Many died, and old scores were settled; the dozen is gone.')).toEqual([]);
  });
});

describe('findNumbers: qualifiers', () => {
  it.each([
    ['at least 14', 'at_least'],
    ['no fewer than 14', 'at_least'],
    ['not less than 14', 'at_least'],
    ['more than 14', 'more_than'],
    ['over 14', 'more_than'],
    ['well over 14', 'more_than'],
    ['upwards of 14', 'more_than'],
    ['in excess of 14', 'more_than'],
    ['about 14', 'about'],
    ['around 14', 'about'],
    ['approximately 14', 'about'],
    ['roughly 14', 'about'],
    ['some 14', 'about'],
    ['an estimated 14', 'about'],
    ['estimated 14', 'about'],
    ['nearly 14', 'up_to'],
    ['almost 14', 'up_to'],
    ['up to 14', 'up_to'],
    ['as many as 14', 'up_to'],
    ['fewer than 14', 'up_to'],
    ['less than 14', 'up_to'],
    ['under 14', 'up_to'],
  ])('"%s soldiers" is %s, and the mention starts at the qualifier', (phrase, qualifier) => {
    const m = only(`The ministry said ${phrase} soldiers died.`);
    expect(m).toMatchObject({ text: phrase, number: '14', value: 14, qualifier });
  });

  it.each([
    ['30 or more', 'at_least'],
    ['30 or so', 'about'],
    ['30-odd', 'about'],
    ['30-plus', 'more_than'],
    ['30+', 'more_than'],
  ])('reads the trailing qualifier in "%s"', (phrase, qualifier) => {
    expect(only(`Baku said ${phrase} vehicles were lost.`)).toMatchObject({
      text: phrase,
      number: '30',
      qualifier,
    });
  });

  it('applies qualifiers to number words', () => {
    expect(only('More than a dozen drones fell.')).toMatchObject({
      text: 'More than a dozen',
      value: 12,
      qualifier: 'more_than',
    });
  });

  it('does not read "over" as a qualifier after a phrasal verb', () => {
    expect(only('Azerbaijan handed over 15 prisoners.')).toMatchObject({ text: '15', qualifier: 'exact' });
  });
});

describe('findNumbers: numbers that count nothing', () => {
  it.each([
    ['a year', 'The war ended in 1994.'],
    ['a year before its noun', 'The 2016 clashes killed soldiers.'],
    ['a year range', 'The 1988-1994 war and the 1988-94 war.'],
    ['a decade', 'In the 1990s and the \u201990s the enclave fought.'],
    ['a month-day date', 'Fighting resumed on September 27.'],
    ['a day-month-year date', 'It crashed on 27 Sep 2020.'],
    ['a date range', 'Talks ran from October 4 to 8 and on 9-10 November.'],
    ['a numeric date', 'The truce began on 27/09/2020 and 2020-10-10.'],
    ['a clock time', 'Sirens sounded at 5:30 and again at 10 a.m. and 11pm.'],
    ['an age in years', 'A soldier 18 years of age and a man 40 years old.'],
    ['an age after "aged"', 'A man aged 25 and men aged 18 to 55 were called up.'],
    ['a hyphenated age', 'A 25-year-old conscript and a twenty-year-old medic.'],
    ['a model designation', 'Su-25, Mi-24, Mi-8, T-72, TB2, Bayraktar TB2, S-300, BM-21, F-16 and 9K33.'],
    ['a compound modifier', 'The six-year war, the four-day war and the 44-day war; a 5,000-strong force.'],
    ['a percentage', 'Turnout was 82% and 40 percent and 12 per cent.'],
    ['an ordinal', 'The first, second and 3rd attacks, on the 21st.'],
    ['a pronoun "one"', 'No one was hurt; they blamed one another; one day the one left.'],
    ['a numbered item', 'UN resolutions 822, 853, 874 and 884 and Article 5.'],
    ['a sum of money', 'It cost $5 and \u20AC12.'],
    ['a fraction word', 'One-third of the city and two-thirds of the homes.'],
    ['a zero-padded code or time', 'The attack began at 0600 near post 07.'],
    ['a citation mark', 'The toll was disputed.[12] Later reports agreed.[3]'],
    ['a long identifier', 'Case 12345678901234567 was filed.'],
    ['a path or link', 'See example.org/2020/10/05/report-123 for details.'],
  ])('skips %s', (_what, sentence) => {
    expect(seen(sentence)).toEqual([]);
  });

  it('reports a four-digit number that counts something', () => {
    expect(seen('Officials counted 2000 damaged houses and 1500 people.').map((m) => m.value)).toEqual([
      2000, 1500,
    ]);
    expect(only('About 2000 were killed.')).toMatchObject({ value: 2000, qualifier: 'about' });
  });

  it('reports a duration, leaving its rejection to the figure layer', () => {
    expect(only('The siege lasted 30 years.')).toMatchObject({ number: '30', value: 30 });
  });

  it('keeps the count next to a designation', () => {
    expect(seen('The army destroyed 7 T-72 tanks and 3 BM-21 launchers.').map((m) => m.number)).toEqual([
      '7',
      '3',
    ]);
  });
});

describe('findNumbers: offsets', () => {
  it('indexes the input exactly, also after astral and non-Latin characters', () => {
    const text =
      '\u{1F4A5} \u0531\u0580\u0581\u0561\u056D: at least 14 soldiers \u{1F1E6}\u{1F1FF} and twenty-five tanks.';
    const mentions = findNumbers(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['at least 14', 'twenty-five']);
    expect(mentions.map((m) => text.slice(m.numberStart, m.numberEnd))).toEqual(['14', 'twenty-five']);
  });

  it('finds every labelled number of the fixture sentences and none of their traps', () => {
    for (const { text, expected, traps } of fixtures.sentences) {
      for (const implicit of [false, true]) {
        const mentions = findNumbers(text, { implicit, pairs });
        expectWellFormed(text, mentions);
        for (const e of expected) {
          if ((e.kind === 'implicit') !== implicit) continue;
          const start = text.indexOf(e.text);
          const hit = mentions.find((m) => m.numberStart < start + e.text.length && start < m.numberEnd);
          expect(hit?.value, `${e.text} in: ${text}`).toBe(e.value);
          if ('qualifier' in e) expect(hit?.qualifier, `${e.text} in: ${text}`).toBe(e.qualifier);
        }
        for (const trap of traps) {
          const start = text.indexOf(trap);
          const hit = mentions.find((m) => m.numberStart < start + trap.length && start < m.numberEnd);
          expect(hit, `trap ${trap} in: ${text}`).toBeUndefined();
        }
      }
    }
  });
});

const PIECES = [
  'one',
  'twenty',
  '-',
  'five',
  'a',
  'an',
  'hundred',
  'and',
  'half',
  'dozen',
  'dozens',
  'of',
  'thousands',
  'million',
  'at least',
  'more than',
  'over',
  'some',
  'or so',
  '30',
  '1,000',
  '2 000',
  '\u202F',
  '1.5',
  'bn',
  '1994',
  'Su-25',
  'September',
  '27',
  '/',
  ':',
  '%',
  'years',
  'old',
  'aged',
  'mother',
  'child',
  ' ',
  '\n',
  ',',
  '.',
  '\u{1F4A5}',
  'x',
];

describe('findNumbers: robustness', () => {
  it('never throws and keeps every mention inside the text, sorted and disjoint (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, implicit) => {
        expectWellFormed(text, findNumbers(text, { implicit }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps every mention inside the text (mixes of number words, digits and junk)', () => {
    const mix = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(' '));
    const tight = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(mix, tight), fc.boolean(), (text, implicit) => {
        expectWellFormed(text, findNumbers(text, { implicit }));
      }),
      { numRuns: 500 },
    );
  });

  it('scans 1 MB of adversarial text in linear time', () => {
    const size = 1_000_000;
    const inputs = [
      '1'.repeat(size),
      '1 000 '.repeat(size / 6),
      '1,'.repeat(size / 2),
      'one-'.repeat(size / 4),
      'twenty one hundred and '.repeat(size / 23),
      `a${' '.repeat(size - 2)}b`,
      'at least '.repeat(size / 9),
    ];
    for (const text of inputs) {
      findNumbers(text, { implicit: true });
      // Backtracking blow-ups take minutes; a linear scan takes well under a second even on a busy machine.
    }
  });
});
