/**
 * Civilians named by their work (teachers, nurses, students, workers, employees, firefighters,
 * paramedics) are counted as civilians, as shepherds and deminers already were. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('civilians named by their work', () => {
  it.each([
    [
      'Three nurses were injured when shells hit the hospital in Martakert.',
      '3 civilians_injured [Three nurses]',
    ],
    ['Two road workers were killed by a mine near Lachin.', '2 civilians_killed [Two road workers]'],
    [
      'Six pupils were wounded when a rocket struck their school in Barda.',
      '6 civilians_injured [Six pupils]',
    ],
    ['The strike on the power station killed a teacher, officials said.', '1 civilians_killed [a teacher]'],
    ['Four firefighters were injured in the shelling of Ganja.', '4 civilians_injured [Four firefighters]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
