/**
 * Armenian tolls whose noun takes a group between the participle and "թիվ" ("զոհված խաղաղ բնակիչների
 * թիվը հասել է 91-ի", "վիրավորված զինծառայողների թիվը"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'hy' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('an Armenian toll with its group inside', () => {
  it.each([
    ['Արցախում զոհված խաղաղ բնակիչների թիվը հասել է 73-ի։', '73 civilians_killed ARM'],
    ['Վիրավորված խաղաղ բնակիչների թիվը հասել է 140-ի։', '140 civilians_injured null'],
    ['Զոհված ադրբեջանցի զինծառայողների թիվը գերազանցել է 310-ը։', '310 soldiers_killed AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
