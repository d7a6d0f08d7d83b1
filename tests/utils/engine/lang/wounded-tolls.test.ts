/**
 * The wounded as ministries count them: a toll of the wounded ("the number of Armenian soldiers
 * wounded in the war is 11,000") and people under treatment ("1,245 soldiers were receiving medical
 * treatment"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the wounded as ministries count them', () => {
  it.each([
    [
      'The number of Azerbaijani troops wounded during the war is 9,400, the ministry said.',
      '9400 soldiers_wounded AZ',
    ],
    [
      'The number of civilians injured since the war began has reached 380, Baku said.',
      '380 civilians_injured AZ',
    ],
    ['Yerevan said 2,100 servicemen were still receiving medical treatment.', '2100 soldiers_wounded ARM'],
    ['About 90 Azerbaijani soldiers are being treated in military hospitals.', '90 soldiers_wounded AZ'],
  ])('%s', (text, figure) => {
    expect(read(text)).toEqual([figure]);
  });

  it('reads no treatment outside the war', () => {
    expect(read('The coach said 3 players were receiving treatment after the match.')).toEqual([]);
  });
});
