/**
 * Ground taken as ministries and presidents announce it: "the liberation of 8 more villages", "the
 * capture of 6 villages", and ground given up ("Armenian forces withdrew from 2 villages"), which
 * the side that withdrew lost. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('ground taken and given up', () => {
  it.each([
    [
      'Aliyev announced the liberation of 11 more villages in a televised address.',
      '11 villages_captured ARM',
    ],
    ['Baku reported the capture of 4 villages near Hadrut.', '4 villages_captured ARM'],
    [
      'Karabakh units withdrew from 2 villages south of Martuni, Stepanakert said.',
      '2 villages_captured ARM',
    ],
    [
      'Azerbaijani troops retreated from 3 villages after heavy fighting, Yerevan said.',
      '3 villages_captured AZ',
    ],
  ])('%s', (text, figure) => {
    expect(read(text)).toEqual([figure]);
  });
});

describe('Russian: ground that passed under control', () => {
  it('reads "под контроль … перешли N сел" with the phrase before its verb', () => {
    expect(
      extractFigures('Под контроль армии перешли ещё 6 сел.', { lang: 'ru' }).map(
        (f) => `${f.value} ${f.metric}`,
      ),
    ).toEqual(['6 villages_captured']);
  });
});
