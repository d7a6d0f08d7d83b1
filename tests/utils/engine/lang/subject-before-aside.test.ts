/**
 * A subject with an aside between commas before its verb ("Il ministero della Difesa armeno, in
 * una nota, ha detto …", "Le ministère …, dans un communiqué, a indiqué …"): the subject before the
 * aside speaks, or the aside itself when it names the speaker ("Le porte-parole …, Vagif Dargahli,
 * a déclaré"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a subject before an aside between commas', () => {
  it.each([
    [
      'it',
      'Il ministero della Difesa armeno, in una nota, ha detto che sono stati abbattuti tre droni azeri.',
      figure(3, 'exact', 'drones_downed', 'AZ', 'arm_mod'),
    ],
    [
      'it',
      'Il ministero della Difesa di Baku, a sua volta, ha riferito che sono stati distrutti 5 carri armati armeni.',
      figure(5, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
    ],
    [
      'fr',
      'Le ministère arménien de la Défense, dans un communiqué, a indiqué que deux hélicoptères azerbaïdjanais ont été abattus.',
      figure(2, 'exact', 'helicopters_downed', 'AZ', 'arm_mod'),
    ],
    [
      'fr',
      'Le ministère azerbaïdjanais de la Défense, de son côté, a affirmé que 12 chars arméniens ont été détruits.',
      figure(12, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it('lets an aside that names the speaker speak', () => {
    expect(
      claimantBriefs('fr')(
        'Le porte-parole du ministère, Vagif Dargahli, a déclaré que trois chars arméniens ont été détruits.',
      ),
    ).toEqual([figure(3, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')]);
  });

  it('names nobody when neither the aside nor the words before it do', () => {
    expect(
      claimantBriefs('it')(
        'Ieri, in una nota, è stato detto che sono stati distrutti 4 carri armati armeni.',
      ),
    ).toEqual([figure(4, 'exact', 'tanks_destroyed', 'ARM', null)]);
  });
});
