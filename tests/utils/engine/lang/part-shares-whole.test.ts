/**
 * A count breaking down the one before it after that one's clause ("… were killed, including 2
 * officers", "a figure that includes 3,700 servicemen") is of the same side; people that soldiers
 * are part of are the dead overall, not civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a part counted after the whole’s clause', () => {
  it('shares the whole’s side', () => {
    expect(read('Yerevan said 41 soldiers had died, including 3 officers.')).toEqual([
      '41 soldiers_killed ARM',
      '3 soldiers_killed ARM',
    ]);
  });

  it('makes people that soldiers are part of the dead overall', () => {
    expect(
      read(
        'The Armenian health ministry said 3,700 people had died in the war, a figure that includes 3,650 servicemen.',
      ),
    ).toEqual(['3700 deaths ARM', '3650 soldiers_killed ARM']);
  });

  it('keeps people that children are part of as civilians', () => {
    expect(read('Baku said 80 people were killed by Armenian shelling, including 11 children.')).toEqual([
      '80 civilians_killed AZ',
      '11 civilians_killed AZ',
    ]);
  });
});
