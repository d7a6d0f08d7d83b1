/**
 * Wire and agency copy names a bare role ("the defence ministry said", "сообщили в Министерстве
 * обороны республики") and leaves its country to the dateline ("BAKU (Reuters) -", "Yerevan,
 * October 12.", "БАКУ, 4 октября. /ТАСС/."). With no speaker before it, the role is the dateline
 * city's. In Russian a verb right after a comma leads its speaker, and the phrase before it is the
 * claim's object. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe("a bare role is its dateline's", () => {
  it('reads a Baku-datelined ministry as Azerbaijan’s', () => {
    expect(
      claimantBriefs('en')(
        'BAKU (Reuters) - Four civilians were killed in shelling of Tartar, the prosecutor general’s office said.',
      ),
    ).toEqual([figure(4, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor')]);
  });

  it('reads a Yerevan-datelined ministry as Armenia’s', () => {
    expect(
      claimantBriefs('en')(
        'Yerevan, October 9. Forces destroyed 6 enemy tanks overnight, the defence ministry said.',
      ),
    ).toEqual([figure(6, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod')]);
  });

  it('takes no dateline from a headline naming two countries', () => {
    expect(
      claimantBriefs('en')(
        'Azerbaijan, Armenia trade fire\nFour soldiers were killed, the defence ministry said.',
      ),
    ).toEqual([figure(4, 'exact', 'soldiers_killed', null, null)]);
  });

  it('reads a Russian comma-led ministry, not the object before it, as the speaker', () => {
    expect(
      claimantBriefs('ru')(
        'БАКУ, 5 октября. /ТАСС/. Уничтожены 9 танков армянской армии, сообщили в Министерстве обороны республики.',
      ),
    ).toEqual([figure(9, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')]);
  });
});
