import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * How reports say the guns were used and what they left: "opened fire", "fired on", Italian
 * "sparato", Azerbaijani and Turkish "atəşinə tutub / ateşine tuttu" (under rocket or artillery
 * fire), forces of a party ("Azerbaijani forces", "forze armene"), and destruction (разрушен,
 * dağıdılıb, ավերվել). With one other war word, a party and a place of the war, they make a report
 * of the fighting that never names the region.
 */
describe('detectCoverage: fire, forces and destruction as war words', () => {
  const read = (text: string, lang: string) => {
    const result = detectCoverage({ text, lang });
    return { cues: result.evidence.map((e) => e.cue), isCoverage: result.isCoverage };
  };

  it.each([
    ['en', 'Azerbaijani forces opened fire on a village near Tartar overnight, Armenia said.', 'fighting'],
    ['en', 'Armenia said Azerbaijani forces were firing at houses in Barda and Tartar.', 'fighting'],
    [
      'it',
      "L'Armenia denuncia che le forze azere hanno sparato su un villaggio vicino a Tartar.",
      'fighting',
    ],
    ['az', 'Ermənistan ordusu gecə Tərtər şəhərini atəşinə tutub.', 'shelling'],
    ['tr', "Ermenistan ordusu gece Terter'i top ateşine tuttu.", 'shelling'],
    ['ru', 'Азербайджанские военные открыли огонь по армянским позициям.', 'fighting'],
    // Written with ё, as many Russian outlets print it: боёв, огнём.
    [
      'ru',
      'В ходе ожесточённых боёв азербайджанские войска держали армянские позиции под огнём.',
      'fighting',
    ],
    ['de', 'Aserbaidschanische Soldaten eröffneten das Feuer auf armenische Stellungen.', 'fighting'],
    ['fr', 'Des soldats azerbaïdjanais ont ouvert le feu sur des positions arméniennes.', 'fighting'],
    ['it', 'Soldati azeri hanno aperto il fuoco su postazioni armene.', 'fighting'],
    ['tr', 'Azerbaycan askerleri Ermeni mevzilerine ateş açtı.', 'fighting'],
    ['az', 'Ermənistan ordusunun bölmələri Azərbaycan mövqelərinə atəş açıb.', 'fighting'],
    ['hy', 'Ադրբեջանական զինուժը կրակ է բացել հայկական դիրքերի ուղղությամբ։', 'fighting'],
  ])('%s: a party, its forces and their fire at a place of the war (%s)', (lang, text, cue) => {
    expect(read(text, lang).cues).toContain(cue);
  });

  it('reads a short strike on a town, told by both parties, as coverage', () => {
    const text = [
      'A missile hit a block of flats in Ganja before dawn, Azerbaijani officials said.',
      'Armenia denied firing at the city.',
    ].join(' ');
    expect(read(text, 'en').isCoverage).toBe(true);
  });

  it.each([
    ['ru', 'Азербайджан восстанавливает Физули: город был разрушен во время войны.'],
    ['az', 'Ermənistan ordusunun atəşi nəticəsində Tərtərdə üç ev dağıdılıb.'],
    ['hy', 'Ադրբեջանական զորքերը ավերել են Հադրութի եկեղեցին։'],
  ])('%s: destruction counts as a war word', (lang, text) => {
    expect(read(text, lang).cues).toContain('downed');
  });
});
