/**
 * Two counts split by side share the second one's noun ("70 Azerbaijani and 60 Armenian
 * civilians") in Russian, where the first count is an adjective alone (grammar pairGap), and in
 * Turkish, where the first is a nationality standing as a noun ("70 Azerbaycanlı ve 60 Ermeni
 * sivil"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (lang: string, text: string) =>
  partyBriefs(lang)(text).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('counts split by side share one noun', () => {
  it.each([
    ['ru', 'Погибли 70 азербайджанских и 60 армянских мирных жителей.'],
    ['ru', 'Были убиты 70 азербайджанских и 60 армянских мирных жителей.'],
    ['tr', '70 Azerbaycanlı ve 60 Ermeni sivil hayatını kaybetti.'],
    ['en', '70 Azerbaijani and 60 Armenian civilians were killed.'],
  ])('%s: %s', (lang, text) => {
    expect(read(lang, text)).toEqual(['70 civilians_killed AZ', '60 civilians_killed ARM']);
  });
});
