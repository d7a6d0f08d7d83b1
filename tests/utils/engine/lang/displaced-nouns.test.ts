/**
 * People who fled counted as citizens or as Karabakh Armenians: "700,000 of its citizens were
 * displaced", "More than 100,000 Karabakh Armenians fled". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('the displaced counted as citizens or Karabakh Armenians', () => {
  it('reads citizens who were displaced', () => {
    expect(
      read('Azerbaijan says 650,000 of its citizens were displaced in the war of the early 1990s.'),
    ).toEqual(['650000 displaced AZ [650,000 of its citizens]']);
  });

  it('reads Karabakh Armenians who fled', () => {
    expect(read('About 98,000 Karabakh Armenians fled to Armenia within days.')).toEqual([
      '98000 displaced ARM [About 98,000 Karabakh Armenians]',
    ]);
  });
});
