import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A song contest or a concert that recalls the region once is no coverage. Music cues are read as
 * three aspects (the contest, the performers, the works), as sport cues are (the competition, the
 * people, the match), so a piece that speaks of all three weighs more than one cue said three times.
 */
describe('detectCoverage: music pieces naming the region', () => {
  it('keeps out a short song-contest report that recalls the talks over the region', () => {
    const text = [
      'Armenia and Azerbaijan both made it to the Eurovision final in Vienna on Thursday night.',
      "Armenia's singer, who sang a ballad in Armenian, came second in her semi-final.",
      'The two countries are still at odds over Nagorno-Karabakh, and their juries have long given each other no points.',
    ].join(' ');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.isCoverage).toBe(false);
  });

  it.each([
    ['ru', 'Певица из Еревана представила новый альбом, посвящённый Карабаху.'],
    ['tr', "Azerbaycanlı şarkıcı, Karabağ'a adadığı yeni şarkısını Bakü'de seslendirdi."],
    ['fr', "Le chanteur arménien a chanté ses chansons sur le Haut-Karabakh à l'Olympia."],
  ])('%s: reads the performer and the work as two music cues', (lang, text) => {
    const cues = detectCoverage({ text, lang }).evidence.map((e) => e.cue);
    expect(cues).toContain('culture_music_people');
    expect(cues).toContain('culture_music_works');
  });
});
