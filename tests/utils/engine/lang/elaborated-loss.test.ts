/**
 * A count elaborating a clause whose subject lost something ("The enemy suffered heavy losses, with
 * up to 60 servicemen killed") is that subject's, not the speaker's own. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a count after "…, with"', () => {
  it('belongs to the enemy that suffered the losses', () => {
    expect(
      sides(
        "The enemy suffered heavy losses, with up to 60 servicemen killed near Fuzuli, Armenia's defence ministry said.",
      ),
    ).toEqual(['60 soldiers_killed AZ']);
  });

  it('belongs to the party that lost', () => {
    expect(
      sides(
        'The Armenian side sustained losses, with 25 soldiers killed, the Azerbaijani defence ministry said.',
      ),
    ).toEqual(['25 soldiers_killed ARM']);
  });

  it("leaves a clause that lost nothing to the speaker's own", () => {
    expect(
      sides('Fighting went on overnight, with 25 soldiers killed, the Azerbaijani defence ministry said.'),
    ).toEqual(['25 soldiers_killed AZ']);
  });
});
