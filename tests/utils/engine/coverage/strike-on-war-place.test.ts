import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A brief on a strike on a town of the war with its toll ("the shelling of Ganja: the death toll
 * rises") may name only the side struck, and only one military word: the place, the strike and the
 * dead together report the fighting. A toll alone beside the place (a gas explosion) does not.
 * Texts written for these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'ru',
    'Обстрел Гянджи: число погибших выросло до пяти. Генпрокуратура Азербайджана сообщила, что в результате ракетного удара по жилым домам Гянджи погибли мирные жители.',
    true,
  ],
  [
    'en',
    'Rocket strike on Tartar kills a child. An eight-year-old boy was killed when a rocket hit a house in the Azerbaijani town of Tartar on Monday, local officials said.',
    true,
  ],
  [
    'tr',
    "Berde'ye füze saldırısı: ölü sayısı artıyor. Azerbaycan Başsavcılığı, şehir merkezine düşen füzeler nedeniyle sivillerin hayatını kaybettiğini açıkladı.",
    true,
  ],
  [
    'ru',
    'Взрыв газа в Гяндже: погибли двое. В результате взрыва на газопроводе в Гяндже погибли два человека, сообщило МЧС Азербайджана.',
    false,
  ],
  [
    'en',
    "Three killed in gas explosion in Ganja. A blast at a residential building in Azerbaijan's second city killed three people and injured eight, the emergency ministry said.",
    false,
  ],
];

describe('detectCoverage: a strike on a town of the war, with its toll', () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split(/[.:] /)[0], lang }).isCoverage).toBe(coverage);
  });
});
