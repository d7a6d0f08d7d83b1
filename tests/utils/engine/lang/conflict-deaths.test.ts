/**
 * People the conflict itself killed ("the fighting has killed 33 people", "as a result of the
 * conflict, 40 people were killed") are its dead overall, of no one side, not civilians: the
 * sentence names no civilian and no attacker, only the war. Like a ministry's tally, such a toll
 * with no time of its own runs from the fighting's first day. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, publishedDate?: string) =>
  extractFigures(text, { lang: 'en', publishedDate }).map(
    (f) => `${f.value} ${f.metric} ${f.side ?? '-'} [${f.text}]`,
  );

describe('people the conflict killed', () => {
  it.each([
    ['Renewed clashes between the two armies killed 27 people on Saturday.', '27 deaths - [27 people]'],
    [
      'The six weeks of fighting have killed more than 5,000 people.',
      '5000 deaths - [more than 5,000 people]',
    ],
    [
      'Aid agencies said that as a result of the renewed fighting, 58 people were killed.',
      '58 deaths - [58 people]',
    ],
    [
      'The war has claimed the lives of about 7,000 people, a monitor said.',
      '7000 deaths - [about 7,000 people]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps people an attacker killed, and named civilians, civilians', () => {
    expect(read('Azerbaijani shelling killed 4 people in Martuni, Karabakh officials said.')).toEqual([
      '4 civilians_killed ARM [4 people]',
    ]);
    expect(read('The fighting killed 6 civilians in Tartar.')).toEqual([
      '6 civilians_killed AZ [6 civilians]',
    ]);
  });

  it('reads the toll as the fighting so far', () => {
    const [figure] = extractFigures('As a result of the fighting, 64 people were killed.', {
      lang: 'en',
      publishedDate: '2016-04-04',
    });
    expect(figure?.period).toBe('2016-04');
  });
});
