/**
 * Armenian names of the first war (the 1990s): "առաջին պատերազմ", "1990-ական թվականներ",
 * "իննսունականներ", "Արցախյան ազատամարտ", "1994 թ. զինադադար"; a whole war's dead are its deaths over
 * 1988/1994. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'hy', publishedDate: '2021-05-04' }).map(
    (f) => `${f.value} ${f.metric} ${f.period}`,
  );

describe('Armenian era cues of the first war', () => {
  it.each([
    ['Առաջին պատերազմում զոհվել է մոտ 20 հազար մարդ։', '20000 deaths 1988/1994'],
    ['1990-ական թվականների պատերազմում զոհվել է 20 հազար մարդ։', '20000 deaths 1988/1994'],
    ['Իննսունականների պատերազմում զոհվել է 20 հազար մարդ։', '20000 deaths 1988/1994'],
    ['Արցախյան ազատամարտում զոհվել է 20 հազար մարդ։', '20000 deaths 1988/1994'],
    ['1994 թ. զինադադարից առաջ զոհվել է 20 հազար մարդ։', '20000 deaths 1988/1994'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
