/**
 * "Armenia says it shot down Azerbaijani helicopter", "Azerbaijani Su-25 downed over Karabakh":
 * headlines drop the article, so a machine named with its side and a downing verb beside it
 * counts one. Only opening headline lines count so: a plural, an accident, a machine on display
 * and a bare singular in body text ("Armenian tank crews") are no count. A body restating the
 * headline's figure keeps one figure. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('a bare machine with its side in a headline counts one', () => {
  it.each([
    ['Armenia says it shot down Azerbaijani helicopter', ['1 helicopters_downed AZ ARM']],
    ['Azerbaijan says Armenian Su-25 downed near Jabrayil', ['1 aircraft_downed ARM AZ']],
    ['Karabakh army says Azerbaijani drone shot down over Stepanakert', ['1 drones_downed AZ NK']],
    ['Azerbaijani Air Defence Downs Armenian Drone', ['1 drones_downed ARM -']],
    ['News\nAzerbaijan Says It Destroyed Armenian Tank Near Fizuli', ['1 tanks_destroyed ARM AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Armenia says it shot down Azerbaijani helicopters',
    'Azerbaijani helicopter crashes during exercise, killing crew',
    'Armenian tank on display at trophy park in Baku',
    'Fighting resumed on Monday.\nArmenian tank crews destroyed positions, a veteran recalled.',
  ])('no figure: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps one figure when the body restates it', () => {
    expect(
      read(
        'Armenia says it shot down Azerbaijani helicopter\nYEREVAN (Reuters) - Armenia said on Monday its forces had shot down an Azerbaijani helicopter over Karabakh.',
      ),
    ).toEqual(['1 helicopters_downed AZ ARM']);
  });
});
