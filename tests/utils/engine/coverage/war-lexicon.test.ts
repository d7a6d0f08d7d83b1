import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

function cuesOf(text: string, lang: string): string[] {
  return detectCoverage({ text, lang }).evidence.map((e) => e.cue);
}

/** War words of the conflict's later years: peacekeepers, the blockade, landmines after the war. */
describe('detectCoverage: peacekeepers, blockade and landmines', () => {
  it('reads a blockade report that names neither the region nor a place but both parties', () => {
    const text = [
      'Russian peacekeepers again failed to reopen the mountain road as the blockade entered its fifth week.',
      'Armenia accused Azerbaijan of starving the ethnic Armenian population; Baku denied it.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toEqual(expect.arrayContaining(['peacekeepers', 'blockade']));
    expect(result.isCoverage).toBe(true);
  });

  it.each([
    ['ru', 'Российские миротворцы сообщили о блокаде дороги.', ['peacekeepers', 'blockade']],
    ['de', 'Die russischen Friedenstruppen meldeten eine Blockade der Straße.', ['peacekeepers', 'blockade']],
    ['tr', 'Rus barış gücü yolun ablukasını bildirdi.', ['peacekeepers', 'blockade']],
    ['az', 'Rus sülhməramlıları yolda minaların təmizləndiyini bildirib.', ['peacekeepers', 'landmines']],
    ['hy', 'Ռուս խաղաղապահները հայտնել են շրջափակման մասին։', ['peacekeepers', 'blockade']],
    [
      'fr',
      'Les forces de maintien de la paix signalent le blocus et des champs de mines.',
      ['peacekeepers', 'blockade', 'landmines'],
    ],
    ['it', 'Le forze di pace segnalano campi minati lungo la strada.', ['peacekeepers', 'landmines']],
  ])('finds them in %s', (lang, sentence, expected) => {
    // Both parties make the text a report of the fighting, so its war words are listed as evidence.
    const party = {
      ru: 'Армения и Азербайджан.',
      de: 'Armenien und Aserbaidschan.',
      tr: 'Ermenistan ve Azerbaycan.',
      az: 'Ermənistan və Azərbaycan.',
      hy: 'Հայաստան և Ադրբեջան։',
      fr: 'Arménie et Azerbaïdjan.',
      it: 'Armenia e Azerbaigian.',
    }[lang];
    expect(cuesOf(`${party}\n${sentence}`, lang)).toEqual(expect.arrayContaining(expected));
  });

  it('reads a landmine death near Fuzuli', () => {
    const text = [
      'Two Azerbaijani deminers were killed by an anti-tank mine near Fuzuli on Monday.',
      'Baku accuses Armenia of withholding accurate minefield maps.',
      'Peacekeepers are no longer deployed in the area.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('landmines');
    expect(result.isCoverage).toBe(true);
  });
});
