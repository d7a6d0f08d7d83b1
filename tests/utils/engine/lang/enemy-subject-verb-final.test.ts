/**
 * Where the verb ends the clause, "the enemy" as its subject is the speaker's other side:
 * "düşmən 20 əsgər itirib" (the enemy lost 20) is Armenia's loss when Azerbaijan's ministry says
 * it, and "düşman … imha etti" made the count the speaker's own. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (lang: string, text: string) =>
  partyBriefs(lang)(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('the enemy as the subject of a clause-final verb', () => {
  it.each([
    ['az', 'Müdafiə Nazirliyinin məlumatına görə, düşmən 20 əsgər itirib.', '20 soldiers_killed ARM AZ'],
    ['az', 'Ermənistan Müdafiə Nazirliyi bildirib ki, düşmən 3 tank itirib.', '3 tanks_destroyed AZ ARM'],
    ['tr', 'Azerbaycan Savunma Bakanlığına göre düşman 20 asker kaybetti.', '20 soldiers_killed ARM AZ'],
    ['tr', 'Ermenistan Savunma Bakanlığına göre düşman 20 asker kaybetti.', '20 soldiers_killed AZ ARM'],
    ['az', 'Ermənistan Müdafiə Nazirliyinə görə, düşmən 3 tank məhv edib.', '3 tanks_destroyed ARM ARM'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
