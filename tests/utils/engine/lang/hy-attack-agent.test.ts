/**
 * Armenian names the attacker of civilians by its attack ("Ադրբեջանական հարձակման հետևանքով",
 * "ԶՈՒ-ի հրետակոծության հետևանքով"): the civilians are the other side's. An attack named by no
 * party places nobody. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'hy' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('Armenian: the attacker named by its attack', () => {
  it.each([
    ['Ադրբեջանական հարձակման հետևանքով զոհվել է երեք խաղաղ բնակիչ։', '3 civilians_killed ARM'],
    ['Ադրբեջանական ԶՈՒ-ի հրետակոծության հետևանքով վիրավորվել է 6 խաղաղ բնակիչ։', '6 civilians_injured ARM'],
    ['Հայկական ռմբակոծությունից զոհվել է 2 խաղաղ բնակիչ։', '2 civilians_killed AZ'],
    ['Հրետակոծության հետևանքով վիրավորվել է երկու խաղաղ բնակիչ։', '2 civilians_injured null'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
