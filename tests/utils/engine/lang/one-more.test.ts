/**
 * "One was killed and another wounded" in each language that says it with a word of its own
 * (the lexicon's `oneMore`): the word counts one more of the noun before when a bare loss
 * follows, and nothing when a noun or a number follows. Russian and Turkish say it with a number
 * word ("ещё один", "bir diğeri"), which their number words already read. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('one more of the noun before', () => {
  it.each([
    ['en', 'Two soldiers died and another was injured.', 'another'],
    ['de', 'Zwei Soldaten wurden getötet, ein weiterer wurde schwer verwundet.', 'ein weiterer'],
    ['fr', 'Deux soldats ont été tués et un autre a été blessé.', 'un autre'],
    ['it', 'Due soldati sono stati uccisi e un altro è rimasto ferito.', 'un altro'],
    ['tr', 'İki asker şehit oldu, biri daha ağır yaralandı.', 'biri daha'],
    ['az', 'İki hərbçi şəhid olub, daha biri yaralanıb.', 'daha biri'],
    ['ru', 'Двое военнослужащих погибли, ещё один получил ранения.', 'один'],
    ['tr', 'İki asker şehit oldu, bir diğeri yaralandı.', 'bir diğeri'],
  ])('%s: %s', (lang, text, words) => {
    expect(read(lang, text)).toEqual([
      expect.stringMatching(/^2 soldiers_killed /),
      `1 soldiers_wounded [${words}]`,
    ]);
  });

  it('lends the civilians of the clause before, in the singular too', () => {
    expect(read('fr', 'Un civil a été tué et un autre blessé.')).toEqual([
      '1 civilians_killed [Un civil]',
      '1 civilians_injured [un autre]',
    ]);
    expect(read('it', 'Un civile è stato ucciso e un altro ferito.')).toEqual([
      '1 civilians_killed [Un civile]',
      '1 civilians_injured [un altro]',
    ]);
  });

  it('is no count of its own before a noun or a number', () => {
    expect(read('en', 'Another 20 soldiers were killed.')).toEqual(['20 soldiers_killed [20 soldiers]']);
    expect(read('de', 'Ein weiterer Soldat wurde getötet.')).toEqual([
      '1 soldiers_killed [Ein weiterer Soldat]',
    ]);
    expect(read('fr', 'Un autre soldat a été tué.')).toEqual(['1 soldiers_killed [Un autre soldat]']);
  });

  it('counts nothing when no loss follows', () => {
    expect(read('en', 'Two soldiers were killed; another convoy left the town.')).toEqual([
      '2 soldiers_killed [Two soldiers]',
    ]);
    expect(read('it', 'Due soldati sono stati uccisi, un altro giorno di scontri.')).toEqual([
      '2 soldiers_killed [Due soldati]',
    ]);
  });
});
