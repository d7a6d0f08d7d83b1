/**
 * "Azerbaijan lost, by its own account, 50 tanks", "Karabakh forces shot down, officials in
 * Stepanakert said, four helicopters": an attribution set between commas after the loss verb and
 * before its count is an aside; the verb and its subject still act on the count. A speaker before
 * its own clause ("the ministry said 12 soldiers died") still opens that clause. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('an attribution aside between the loss verb and its count', () => {
  it.each([
    ['Azerbaijan lost, by its own account, 40 tanks during the first week.', ['40 tanks_destroyed AZ AZ']],
    [
      'Azerbaijan lost, by its own admission, 11 servicemen in the April fighting.',
      ['11 soldiers_killed AZ AZ'],
    ],
    ['Armenia lost, according to its defence ministry, 9 soldiers on Monday.', ['9 soldiers_killed ARM ARM']],
    ['Azerbaijan has lost, according to Yerevan, 35 tanks since Sunday.', ['35 tanks_destroyed AZ ARM']],
    [
      'Karabakh forces shot down, officials in Stepanakert said, three Azerbaijani helicopters.',
      ['3 helicopters_downed AZ NK'],
    ],
    [
      'Azerbaijani troops destroyed, the ministry in Baku said, six Armenian tanks near Fizuli.',
      ['6 tanks_destroyed ARM AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A speaker opening its own clause, and a count in the clause before the speaker, are no aside.
  it.each([
    [
      'Fighting raged overnight, the Armenian ministry said, and eight soldiers were killed.',
      ['8 soldiers_killed ARM ARM'],
    ],
    [
      'Azerbaijan lost ground, the Armenian defence ministry said, claiming 30 Azerbaijani tanks destroyed.',
      ['30 tanks_destroyed AZ ARM'],
    ],
    [
      'Armenia lost 12 soldiers, according to Baku, which also claimed five tanks.',
      ['12 soldiers_killed ARM AZ', '5 tanks_destroyed ARM AZ'],
    ],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
