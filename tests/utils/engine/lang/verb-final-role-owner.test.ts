/**
 * In Turkish and Azerbaijani a role's owner stands before it ("Ermənistan Müdafiə Nazirliyi"): when
 * the object's owner follows the role as closely ("… Nazirliyi Azərbaycanın 3 helikopterinin …"), the
 * one before names the speaker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe("a verb-final role's owner before it", () => {
  it.each([
    [
      'az',
      'Ermənistan Müdafiə Nazirliyi Azərbaycanın 4 Mi-24 helikopterinin vurulduğunu iddia edib.',
      '4 helicopters_downed AZ ARM',
    ],
    [
      'tr',
      'Ermenistan Savunma Bakanlığı Azerbaycan ordusunun 6 tankını imha ettiğini iddia etti.',
      '6 tanks_destroyed AZ ARM',
    ],
    [
      'az',
      'Azərbaycan Müdafiə Nazirliyi Ermənistanın 5 tankının məhv edildiyini bildirib.',
      '5 tanks_destroyed ARM AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
