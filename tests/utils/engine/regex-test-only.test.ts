/**
 * groupedForTest rearranges an alternation only ever tested: spread leading groups and branches
 * ordered by first character must test true on exactly the texts the plain alternation does, and
 * an era cue found from where the era test first matched must be the cue found from the start.
 */
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../utils/engine/compiled-pack';
import { eraCues } from '../../../utils/engine/figure-context';
import { anyOf } from '../../../utils/engine/pack-sources';
import { groupedForTest } from '../../../utils/engine/regex-test-only';
import { defaultPackData } from '../../../utils/engine/topic-pack';

describe('groupedForTest', () => {
  it('spreads a leading group over its branches and groups branches by first character', () => {
    expect(groupedForTest('\\b(?:(?:six|6)-year war|second war|7 days)')).toBe(
      '\\b(?:6-year war|7 days|s(?:ix-year war|econd war))',
    );
    expect(groupedForTest('(?:x|(?:b|a)c)')).toBe('(?:ac|bc|x)');
    expect(groupedForTest('b|a')).toBe('(?:a|b)');
  });

  it('leaves a quantified group, a lookaround and a backreference where they are', () => {
    expect(groupedForTest('(?:men|(?:old )?man|(?=a)ab)')).toBe('(?:(?:old )?man|(?=a)ab|men)');
    expect(groupedForTest('(a)\\1|b')).toBe('(a)\\1|b');
  });

  it('tests true on exactly the texts the plain alternation tests true on', () => {
    const branches = [
      '(?:six|6)-year war\\b',
      '(?:in|during|by) (?:early |late )?(?:1988|199[0-4])\\b',
      'war (?:of|in) 199[1-4]\\b',
      '(?:first|1990s) (?:karabakh )?(?:war|conflict)\\b',
      '44-day war\\b',
      'second (?:nagorno-)?karabakh war\\b',
    ];
    const plain = new RegExp(`\\b(?:${branches.join('|')})`, 'i');
    const grouped = new RegExp(groupedForTest(plain.source), 'i');
    const texts = [
      'a Six-year war had ended',
      'during early 1992 the fighting',
      'in 1995 nothing',
      'the war of 1993 ended',
      'the 1990s Karabakh conflict',
      'a 44-day war',
      'the second nagorno-karabakh war',
      'warfare of 1993',
      'the second karabakh warlord',
      'x6-year war',
    ];
    const answers = texts.map((t) => plain.test(t));
    expect(texts.map((t) => grouped.test(t))).toEqual(answers);
    expect(answers.filter(Boolean).length).toBe(6);
  });
});

describe('eraCues', () => {
  it('finds every cue of the sentence, in the order of the eras, from where the first one stands', () => {
    const pack = compilePack(defaultPackData);
    const sentence =
      'Unlike the 44-day war, the six-year war that ended in 1994 killed 30,000, and the 2020 Karabakh war more.';
    const cues = eraCues(pack, sentence).map((c) => [c.id, sentence.slice(c.start, c.end)]);
    expect(cues.length).toBeGreaterThanOrEqual(3);
    expect(cues.map((c) => c[1])).toEqual(expect.arrayContaining(['44-day war', 'six-year war']));
    // The same cues as every era's pattern finds on its own from the sentence's start.
    const expected = pack.eras.flatMap((era) =>
      [...sentence.matchAll(new RegExp(era.cue.source, era.cue.flags))].map((m) => [era.id, m[0]]),
    );
    expect(cues).toEqual(expected);
  });

  it("tests the pack's sentences as the plain join of its era cues does", () => {
    const pack = compilePack(defaultPackData);
    const plain = new RegExp(anyOf(defaultPackData.eras.flatMap((e) => e.cues)), 'i');
    expect(pack.anyEra.source).not.toBe(plain.source);
    const sentences = [
      'The six-year war of 1991-1994 killed 30,000.',
      'During the 2020 war, 3,000 soldiers died.',
      'In April 2016, 90 were killed.',
      'The 44-day war ended on 10 November.',
      'Since the September 2023 offensive, 100,000 fled.',
      'Two soldiers were killed on Tuesday.',
      'A war in 1999 is no era.',
    ];
    const answers = sentences.map((s) => plain.test(s));
    expect(sentences.map((s) => pack.anyEra.test(s))).toEqual(answers);
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});
