import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Names spelled like the region that are not it: Karabağlar, a district of İzmir with half a
 * million people, universities named after the region, people surnamed Karabağ (a given name of
 * the lexicon before it) and products named Artsakh. A mention inside them is no mention of
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
    'Vali Mehmet Karabağ okul açılışına katıldı. Vali Mehmet Karabağ, ilçede yapımı tamamlanan 16 derslikli okulun açılış törenine katıldı.',
    false,
  ],
  [
    'tr',
    'Milli güreşçi Ayşe Karabağ Avrupa şampiyonu oldu. Ayşe Karabağ finalde rakibini 5-2 yenerek altın madalyanın sahibi oldu.',
    false,
  ],
  [
    'en',
    'Artsakh brandy wins gold at London spirits competition. The aged mulberry spirit from a distillery near Yerevan took top honours in the fruit brandy category, its makers said.',
    false,
  ],
  [
    'tr',
    "Yukarı Karabağ'da çatışma: Ermeni güçleri mevzilere ateş açtı. Azerbaycan Savunma Bakanlığı, Dağlık Karabağ'daki temas hattında bir askerin şehit olduğunu açıkladı.",
    true,
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
