import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Names spelled like the region that are not it: Karabağlar, a district of İzmir with half a
 * million people, and universities named after the region. A mention inside them is no mention of
 * the region (masked, as "Qarabağ FK" is); the rest of the text still counts. Texts written for
 * these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'tr',
    "Karabağlar'da trafik kazası: 2 ölü. İzmir'in Karabağlar ilçesinde iki otomobilin çarpışması sonucu 2 kişi hayatını kaybetti, 3 kişi yaralandı.",
    false,
  ],
  [
    'tr',
    "Karabağlar Belediyesi'nden yeni park projesi. Belediye Başkanı, ilçeye 12 yeni park kazandırılacağını açıkladı.",
    false,
  ],
  [
    'az',
    'Qarabağ Universitetində yeni tədris ili başlayıb. Xankəndi şəhərində yerləşən universitetdə 1200 tələbə təhsil alacaq, rektor bildirib ki, yeni fakültələr açılıb.',
    false,
  ],
  [
    'tr',
    "Karabağ'da mayın patlaması: iki sivil hayatını kaybetti. Azerbaycan'ın Ağdam bölgesinde bir aracın tanksavar mayınına çarpması sonucu iki kişi öldü.",
    true,
  ],
  [
    'en',
    'Shelling damages Karabakh university in Stepanakert. Azerbaijani artillery hit the campus of the university overnight, Armenian officials in Nagorno-Karabakh said.',
    true,
  ],
];

describe('detectCoverage: places and institutions named like the region', () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split(/[.:] /)[0], lang }).isCoverage).toBe(coverage);
  });
});
