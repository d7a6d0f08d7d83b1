/**
 * A toll whose noun and verb stand apart by a long attacker phrase ("the death toll from the
 * Azerbaijani military operation in Nagorno-Karabakh has reached 200"): it is still read, the
 * attacker's words ("military operation") name no group, and the attacker is the party the phrase
 * names first. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a toll with a long attacker phrase', () => {
  it('reads the toll, its group and the side attacked', () => {
    expect(
      read(
        "The death toll from Azerbaijan's military offensive on the enclave has risen to 213, Stepanakert said.",
      ),
    ).toEqual(['213 civilians_killed ARM']);
  });

  it('keeps a group named beside the toll noun', () => {
    expect(
      read(
        'The military death toll from the Azerbaijani assault on Nagorno-Karabakh has reached 190, Stepanakert said.',
      ),
    ).toEqual(['190 soldiers_killed ARM']);
  });
});
