/**
 * "51 soldiers were killed, the defence army said": Karabakh's Defence Army in British spelling
 * speaks for Karabakh as "the Defense Army" does, and its own dead are Armenian. Texts written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe("Karabakh's Defence Army in either spelling", () => {
  it.each([
    ['51 soldiers were killed, the defence army said.', '51 soldiers_killed ARM NK'],
    ['The Artsakh Defence Army said 12 servicemen were wounded on Monday.', '12 soldiers_wounded ARM NK'],
    ['The Defense Army reported three more soldiers killed.', '3 soldiers_killed ARM NK'],
    ['The Defence Army said it shot down two Azerbaijani helicopters.', '2 helicopters_downed AZ NK'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
