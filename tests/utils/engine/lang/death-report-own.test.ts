/**
 * A ministry reporting "the death of" a count reports its own dead ("Минобороны Азербайджана
 * сообщило о гибели 12 военнослужащих" is Azerbaijan's loss, not the enemy's); the Karabakh army
 * under its one-word and compound names ("Нагорнокарабахская армия", "die Karabach-Armee") is
 * Karabakh's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a report of deaths is the reporter’s own loss', () => {
  it.each([
    [
      'ru',
      'Минобороны Азербайджана сообщило о гибели ещё 16 военнослужащих.',
      figure(16, 'exact', 'soldiers_killed', 'AZ', 'az_mod'),
    ],
    [
      'ru',
      'Нагорнокарабахская армия заявила о гибели ещё 23 бойцов.',
      figure(23, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
    ],
    [
      'de',
      'Die Karabach-Armee meldete 23 tote Soldaten.',
      figure(23, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it('keeps a death report that names the other side’s men theirs', () => {
    expect(
      claimantBriefs('ru')('Минобороны Азербайджана сообщило о гибели 30 армянских военнослужащих.'),
    ).toEqual([figure(30, 'exact', 'soldiers_killed', 'ARM', 'az_mod')]);
  });
});
