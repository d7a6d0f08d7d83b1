/**
 * Officials who share a surname with a known speaker of the other party, or who spoke for their
 * side in September 2023: a full name names its own claimant ("Gegham Stepanyan", Karabakh's
 * ombudsman, is not Armenia's defence spokeswoman Shushan Stepanyan). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const speaker = (lang: string, text: string) =>
  extractFigures(text, { lang }).map(
    (f) => `${f.value} ${f.claimant?.id ?? null} ${f.claimant?.party ?? null}`,
  );

describe('a full name over a namesake surname', () => {
  it.each([
    ['en', 'At least 25 civilians were killed, ombudsman Gegham Stepanyan said.', '25 nk_authorities NK'],
    ['en', 'Defence ministry spokeswoman Shushan Stepanyan said 12 soldiers were killed.', '12 arm_mod ARM'],
    ['en', 'Samvel Shahramanyan said 31 soldiers were killed on Tuesday.', '31 nk_president NK'],
    ['en', 'Anar Eyvazov said 2 Azerbaijani soldiers were killed.', '2 az_mod AZ'],
    ['en', 'Prosecutor General Kamran Aliyev said 19 civilians were killed.', '19 az_prosecutor AZ'],
    ['ru', 'По словам омбудсмена Гегама Степаняна, погибли 25 мирных жителей.', '25 nk_authorities NK'],
  ])('%s: %s', (lang, text, expected) => {
    expect(speaker(lang, text)).toEqual([expected]);
  });
});
