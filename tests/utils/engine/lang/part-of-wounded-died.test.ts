/**
 * "yaralılardan 1-i vəfat edib", "yaralılardan ikisi …": a part of a group named before its count
 * takes its loss from the verb after it, not from the group's words (one of the wounded who died
 * is dead); Azerbaijani writes the part as a number word with its possessive ending too. And
 * "evlərini tərk edib" (left their homes) is displacement. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a part of the wounded who died', () => {
  it.each([
    [
      'az',
      'Baş Prokurorluq bildirib ki, Bərdədə yaralılardan 1-i xəstəxanada vəfat edib.',
      '1 civilians_killed AZ',
    ],
    [
      'az',
      'Baş Prokurorluq bildirib ki, Bərdədə yaralılardan ikisi xəstəxanada vəfat edib.',
      '2 civilians_killed AZ',
    ],
    [
      'tr',
      "Azerbaycan Başsavcılığı, Berde'de yaralılardan 1'inin hastanede hayatını kaybettiğini açıkladı.",
      '1 civilians_killed AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('keeps a part of the wounded with no other loss wounded', () => {
    expect(
      read('az', 'Baş Prokurorluq bildirib ki, Bərdədə 9 nəfər yaralanıb, yaralılardan 2-si uşaqdır.'),
    ).toEqual(['9 civilians_injured AZ', '2 civilians_injured AZ']);
  });
});

describe('Azerbaijani: left their homes', () => {
  it('counts people who left their homes as displaced', () => {
    expect(read('az', 'Hökumətin məlumatına görə, 40 min insan evlərini tərk edib.')).toEqual([
      '40000 displaced AZ',
    ]);
  });
});
