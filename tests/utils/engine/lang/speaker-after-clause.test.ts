/**
 * A verb-final language may name its speaker after the reported clause ("Bərdədə 12 dinc sakin
 * yaralanıb, Baş Prokurorluq bildirib"): the speaker is the phrase after the last comma, when no
 * count follows that comma. A subject before a listed object keeps speaking for it. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a speaker after the reported clause', () => {
  it.each([
    ['az', 'Bərdədə 14 dinc sakin yaralanıb, Baş Prokurorluq bildirib.', ['14 civilians_injured AZ AZ']],
    ['az', 'Tərtərdə 70 yaşlı kişi yaralanıb, Baş Prokurorluq məlumat verib.', ['1 civilians_injured AZ AZ']],
    [
      'tr',
      'Azerbaycan Sağlık Bakanlığı, 40 askerin şehit olduğu, 120 askerin yaralandığını duyurdu.',
      ['40 soldiers_killed AZ AZ', '120 soldiers_wounded AZ AZ'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });
});
