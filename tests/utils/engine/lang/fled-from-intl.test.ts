/**
 * People who fled are on the side of the place they fled (grammar fledFrom), in German, French,
 * Italian, Russian and Armenian as in English: after 2023 those who left Karabakh are Armenians; in the
 * first war (era fledOtherSide) those who fled Karabakh were Azerbaijanis. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string, publishedDate: string) =>
  extractFigures(text, { lang, publishedDate }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the place people fled names their side', () => {
  it.each([
    [
      'de',
      'Mehr als 90.000 Menschen flohen aus Bergkarabach nach Armenien.',
      '2023-10-02',
      '90000 displaced ARM',
    ],
    [
      'de',
      'Im ersten Karabach-Krieg flohen rund 40.000 Menschen aus Bergkarabach.',
      '2020-10-02',
      '40000 displaced AZ',
    ],
    ['fr', 'Plus de 90 000 personnes ont fui le Haut-Karabakh.', '2023-10-02', '90000 displaced ARM'],
    ['it', 'Oltre 90mila persone hanno lasciato il Nagorno-Karabakh.', '2023-10-02', '90000 displaced ARM'],
    ['ru', 'Более 90 тысяч человек покинули Нагорный Карабах.', '2023-10-02', '90000 displaced ARM'],
    ['hy', 'Ավելի քան 90 հազար մարդ լքել է Լեռնային Ղարաբաղը։', '2023-10-02', '90000 displaced ARM'],
    [
      'ru',
      'В ходе первой карабахской войны около 40 тысяч человек бежали из Карабаха.',
      '2020-10-02',
      '40000 displaced AZ',
    ],
  ])('%s: %s', (lang, text, day, expected) => {
    expect(read(lang, text, day)).toEqual([expected]);
  });
});
