/**
 * A side heading the figure's own clause ("…, auf armenischer Seite 60", "…, da parte armena 60")
 * owns that clause's count, even one that borrows the noun of the count before it (grammar
 * sideHead, read at the clause's start as at the sentence's). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (lang: string, text: string) =>
  partyBriefs(lang)(text).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a side heading the clause of a count', () => {
  it.each([
    ['de', 'Auf aserbaidschanischer Seite starben 40 Soldaten, auf armenischer Seite 60.'],
    ['de', 'Auf aserbaidschanischer Seite starben 40 Soldaten; auf armenischer Seite 60.'],
    ['it', 'Da parte azera sono morti 40 soldati, da parte armena 60.'],
  ])('%s: %s', (lang, text) => {
    expect(read(lang, text)).toEqual(['40 soldiers_killed AZ', '60 soldiers_killed ARM']);
  });
});
