/**
 * Armenian counts take a singular noun, so the displaced are counted as "120 հազար հայ" (120
 * thousand Armenian), "100 հազար արցախցի" (people of Artsakh), "ղարաբաղցի" as well as by the
 * plural "հայեր". "հայ" before a noun stays that noun's adjective ("50 հայ զինծառայող" are
 * soldiers), and a count of Armenians with no flight in its clause is no figure. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'hy' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('Armenian singular people counted as displaced', () => {
  it.each([
    ['Արցախից բռնի տեղահանվել է ավելի քան 120 հազար հայ։', ['120000 displaced ARM -']],
    ['90 հազար հայ լքել է Լեռնային Ղարաբաղը։', ['90000 displaced ARM -']],
    ['Արցախի իշխանությունների տվյալներով՝ 70 հազար արցախցի լքել է իր տունը։', ['70000 displaced ARM NK']],
    ['Ղարաբաղից փախել է 30 հազար ղարաբաղցի։', ['30000 displaced ARM -']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Զոհվել է 50 հայ զինծառայող։', ['50 soldiers_killed ARM -']],
    ['Զոհվել է 3 հայ խաղաղ բնակիչ։', ['3 civilians_killed ARM -']],
    ['Մրցույթին մասնակցել է 30 հայ մարզիկ։', []],
    ['Գյումրիում բնակվում է 100 հազար հայ։', []],
  ])('"հայ" before a noun or with no flight stays as it was: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
