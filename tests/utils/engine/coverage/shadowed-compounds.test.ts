import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A broad war word listed first (военн…, hərbi…, krieg…, savaş…, ռազմական…) took the whole of a
 * more specific compound at the same position (военнопленные, военное положение, Kriegsrecht,
 * savaş uçağı), so the specific term never counted: a prisoner swap naming both parties read as
 * one military word and fell short of a report of the fighting.
 */
describe('detectCoverage: specific war compounds are not swallowed by a broad war word', () => {
  const cues = (text: string, lang: string) => detectCoverage({ text, lang }).evidence.map((e) => e.cue);

  it.each([
    ['ru', 'В Армении объявили военное положение после обстрелов со стороны Азербайджана.', 'martial law'],
    ['ru', 'После боев на границе Азербайджан передал Армении пятерых военнопленных.', 'prisoners of war'],
    ['az', 'Azərbaycanın hücumundan sonra Ermənistanda hərbi vəziyyət elan olunub.', 'martial law'],
    ['de', 'Armenien hat nach Angriffen aus Aserbaidschan das Kriegsrecht verhängt.', 'martial law'],
    [
      'de',
      'Nach den Gefechten hat Aserbaidschan drei armenische Kriegsgefangene freigelassen.',
      'prisoners of war',
    ],
    ['tr', 'Azerbaycan, Ermenistan ordusuna ait bir savaş uçağının düşürüldüğünü açıkladı.', 'war machines'],
    ['hy', 'Ադրբեջանի հարձակումից հետո Հայաստանում ռազմական դրություն է հայտարարվել։', 'martial law'],
  ])('%s: counts the specific term (%s)', (lang, text, cue) => {
    expect(cues(text, lang)).toContain(cue);
  });

  it('reads a short Russian prisoner swap naming both parties as coverage', () => {
    const text = [
      'Армения и Азербайджан провели обмен на границе.',
      'Домой вернулись шесть армянских военнопленных, азербайджанская сторона получила двух своих солдат.',
      'Посредником выступил Евросоюз.',
    ].join(' ');
    expect(detectCoverage({ text, lang: 'ru' }).isCoverage).toBe(true);
  });
});
