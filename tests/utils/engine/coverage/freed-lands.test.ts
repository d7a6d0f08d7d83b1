import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * "The lands freed from occupation" (işğaldan azad olunmuş ərazilər, işgalden kurtarılan topraklar)
 * is how Azerbaijani and Turkish news name the districts regained in the wars over Karabakh: a mine
 * brief or a reconstruction note may name only that and a town, never the region or a party.
 */
describe('detectCoverage: the lands freed from occupation', () => {
  it('reads an Azerbaijani mine brief naming a town and the freed lands as coverage', () => {
    const text = [
      'Ağdam rayonunda mina partlayışı nəticəsində bir traktorçu yaralanıb.',
      'Hadisə işğaldan azad olunmuş ərazilərdə əkin işləri zamanı baş verib.',
      'Yaralı xəstəxanaya çatdırılıb.',
    ].join(' ');
    const result = detectCoverage({ text, lang: 'az' });
    expect(result.evidence.map((e) => e.cue)).toContain('lands freed from occupation');
    expect(result.isCoverage).toBe(true);
  });

  it.each([
    ['az', 'İşğaldan azad edilmiş torpaqlarda yeni məktəb açılıb.'],
    ['tr', 'İşgalden kurtarılan topraklarda yeni bir okul açıldı.'],
  ])('%s: counts the phrase as the region named', (lang, text) => {
    expect(detectCoverage({ text, lang }).evidence.map((e) => e.kind)).toContain('core');
  });
});
