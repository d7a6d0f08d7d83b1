/**
 * The Karabakh side's ombudsman named by the region's short name ("Karabağ ombudsmanı", "Karabağ
 * insan hakları savunucusu", "der Karabach-Ombudsmann") speaks for Karabakh; Azerbaijan's ombudsman is
 * never called so. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe("Karabakh's ombudsman by the region's short name", () => {
  it.each([
    [
      'tr',
      'Karabağ ombudsmanı, Azerbaycan saldırılarında 9 sivilin öldüğünü söyledi.',
      '9 civilians_killed ARM NK',
    ],
    [
      'tr',
      'Karabağ insan hakları savunucusu, 31 sivilin yaralandığını bildirdi.',
      '31 civilians_injured ARM NK',
    ],
    [
      'tr',
      'Dağlık Karabağ insan hakları savunucusu, 6 sivilin öldüğünü açıkladı.',
      '6 civilians_killed ARM NK',
    ],
    ['de', 'Der Karabach-Ombudsmann sprach von elf getöteten Zivilisten.', '11 civilians_killed ARM NK'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('leaves Armenia’s own ombudsman with Armenia', () => {
    expect(read('tr', 'Ermenistan ombudsmanı, 4 sivilin öldüğünü söyledi.')).toEqual([
      '4 civilians_killed ARM ARM',
    ]);
  });
});
