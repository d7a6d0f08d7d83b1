/**
 * A Russian soldier killed or wounded with no number counts one, as a civilian does ("погиб
 * военнослужащий", "ранен азербайджанский солдат", "21-летний военнослужащий погиб"), with the side
 * its adjective names. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('one Russian soldier without a number', () => {
  it.each([
    ['В результате обстрела погиб военнослужащий.', '1 soldiers_killed null'],
    ['Погиб армянский военнослужащий.', '1 soldiers_killed ARM'],
    ['Ранен азербайджанский солдат.', '1 soldiers_wounded AZ'],
    ['21-летний военнослужащий погиб при обстреле.', '1 soldiers_killed null'],
    ['Погиб военнослужащий, ранены два мирных жителя.', '1 soldiers_killed null|2 civilians_injured null'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.split('|'));
  });

  it('counts plural soldiers by their number only', () => {
    expect(read('Погибли три военнослужащих.')).toEqual(['3 soldiers_killed null']);
  });
});
