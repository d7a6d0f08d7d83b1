/**
 * In Turkish and Azerbaijani a noun in an object's case after a count's own noun is the verb's
 * object, not the head of the count's phrase: "100 binden fazla kişi bölgeyi terk etti" counts
 * people who left, not regions (grammar objectCase). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (lang: string, text: string) => partyBriefs(lang)(text).map((f) => `${f.value} ${f.metric}`);

describe('a noun in an object case is no head of the count', () => {
  it.each([
    ['tr', '100 binden fazla kişi bölgeyi terk etti.', '100000 displaced'],
    ['tr', '100 binden fazla kişi bölgeden göç etti.', '100000 displaced'],
    ['tr', '20 bin kişi şehirden göç etti.', '20000 displaced'],
    ['az', '100 mindən çox erməni bölgəni tərk edib.', '100000 displaced'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('still reads a possessed head after its modifier ("Ermeni askeri")', () => {
    expect(read('tr', 'Çatışmalarda 12 Ermeni askeri öldürüldü.')).toEqual(['12 soldiers_killed']);
  });
});
