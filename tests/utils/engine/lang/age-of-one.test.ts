/**
 * Turkish and Azerbaijani name one person by an age with no article ("13 yaşlı qız həlak olub",
 * "13 yaşındaki kız hayatını kaybetti"): the age is a count of one (lexicon numbers.ageOfOne),
 * and the person's noun is read after it. An age before no person, or before "bir" (already one),
 * adds nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('one person named by an age', () => {
  it.each([
    ['az', 'Tərtərdə 11 yaşlı qız həlak olub.', '1 civilians_killed AZ -'],
    ['az', 'Ağdamda 6 yaşlı oğlan mina partlayışı nəticəsində yaralanıb.', '1 civilians_injured AZ -'],
    ['az', 'Gəncəyə raket zərbəsi nəticəsində 58 yaşlı qadın həlak olub.', '1 civilians_killed AZ -'],
    ['tr', "Tertir'de 12 yaşındaki kız hayatını kaybetti.", '1 civilians_killed AZ -'],
    ['tr', "Berde'de 9 yaşındaki oğlan yaralandı.", '1 civilians_injured AZ -'],
    ['tr', "Gence'de 80 yaşında kadın öldü.", '1 civilians_killed AZ -'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['tr', "Berde'de 65 yaşındaki bir kadın yaralandı.", ['1 civilians_injured AZ -']],
    ['az', '45 yaşlı nazir Bakıda çıxış edib.', []],
    ['tr', '45 yaşındaki bakan Bakü’de konuştu.', []],
    ['az', 'Tərtərdə 13 yaşlı qızın evi dağılıb.', []],
  ])('%s: only the counts there are in "%s"', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });
});
