/**
 * Whose losses a count is when the losses are named before it: the subject of "suffered losses of",
 * the party or enemy before "losses stood at"; and a count with a loss word of its own ("2,300
 * killed and 150 tanks destroyed") does not take the next count's noun. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? null}`,
  );

describe('the owner of losses named before the count', () => {
  it('reads the subject of "suffered losses of"', () => {
    expect(
      read('The Azerbaijani ministry said the Armenian side had suffered losses of up to 60 servicemen.'),
    ).toEqual(['60 soldiers_killed ARM AZ']);
    expect(
      read('The enemy sustained losses of about 25 soldiers, the Armenian defence ministry said.'),
    ).toEqual(['25 soldiers_killed AZ ARM']);
  });

  it('reads a party or the enemy before "losses … at"', () => {
    expect(read('Baku estimated enemy losses at 4,000 troops.')).toEqual(['4000 soldiers_killed ARM AZ']);
    expect(read('Yerevan said Azerbaijani losses stood at more than 1,900 servicemen.')).toEqual([
      '1900 soldiers_killed AZ ARM',
    ]);
    expect(read('The ministry said Armenian casualties included 75 soldiers killed.')).toEqual([
      '75 soldiers_killed ARM null',
    ]);
  });

  it('keeps a count with its own loss word apart from the next count’s noun', () => {
    expect(
      read('Azerbaijan said the enemy had 1,800 killed and 140 tanks destroyed.').map((f) => f.split(' ')[1]),
    ).toEqual([expect.not.stringMatching(/tanks/), 'tanks_destroyed']);
  });
});

describe('losses with a time phrase before their verb', () => {
  it('are still the named owner’s', () => {
    expect(
      read("The enemy's losses over the past day amounted to 3 tanks and up to 40 servicemen, Baku said."),
    ).toEqual(['3 tanks_destroyed ARM AZ', '40 soldiers_killed ARM AZ']);
  });
});
