/**
 * German perfect puts the place before the participle: "100.000 Menschen haben Berg-Karabach
 * verlassen" names the place they fled, "sind nach Armenien geflohen" the side they fled to (their
 * own); "Karabach-Armenier" counts people as "Armenier" does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' }).map((f) => `${f.value} ${f.metric} ${f.side ?? '-'}`);

describe('de: people who fled, in the perfect', () => {
  it.each([
    ['Mehr als 100.000 Menschen haben Berg-Karabach verlassen.', '100000 displaced ARM'],
    ['Bis Freitag hatten rund 40.000 Bewohner Berg-Karabach bereits verlassen.', '40000 displaced ARM'],
    ['Mehr als 100.000 Menschen sind nach Armenien geflohen.', '100000 displaced ARM'],
    ['Mehr als 100.000 Karabach-Armenier sind nach Armenien geflüchtet.', '100000 displaced ARM'],
    ['Rund 5000 Menschen sind aus Terter nach Baku geflohen.', '5000 displaced AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
