/**
 * "Amnesty International: at least 3,000 ethnic Armenians displaced": a headline or live-blog line
 * opened by a third party's body and a colon ("HRW report:", "UNHCR:") is that body's report, as
 * "Ombudsman:" or "Azerbaijan:" is. A place before a colon (a dateline, "Karabakh:") still names
 * no speaker. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a third-party body before a colon', () => {
  it.each([
    [
      'Amnesty International: at least 3,000 ethnic Armenians displaced from Lachin.',
      '3000 displaced ARM other',
    ],
    ['HRW report: Armenian missiles killed eight civilians in Ganja.', '8 civilians_killed AZ other'],
    ['UNHCR: 90,000 people have fled Nagorno-Karabakh.', '90000 displaced ARM other'],
    ['ICRC: 12 Armenian civilians killed in Martuni shelling.', '12 civilians_killed ARM other'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['STEPANAKERT, OCTOBER 5: 12 civilians were killed in shelling.', '12 civilians_killed null null'],
    ['Azerbaijan: death toll from Armenian shelling rises to six', '6 civilians_killed AZ AZ'],
  ])('keeps other lines: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
