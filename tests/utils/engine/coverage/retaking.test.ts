import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A town of the war "retaken" or "recaptured" (Aghdam, Shusha): English reports say so where other
 * languages' lexicons already had the verb. A company retaking the lead stays business. Texts
 * written for these tests.
 */
const cases: [text: string, coverage: boolean][] = [
  [
    'Aghdam: the ghost city rebuilt. Once home to 30,000 people, the city was captured by Armenian forces in 1993 and lay in ruins for decades; Azerbaijan is now rebuilding it after retaking it in 2020.',
    true,
  ],
  [
    'Shusha recaptured. Azerbaijani troops recaptured the hilltop town on Sunday, President Aliyev said, while Armenia denied the town had fallen.',
    true,
  ],
  [
    'Azerbaijani carrier retakes lead in Caspian cargo market. The airline retook first place from an Armenian rival, carrying 40,000 tonnes of freight in the third quarter.',
    false,
  ],
];

describe('detectCoverage: a town of the war retaken', () => {
  it.each(cases)('%s', (text, coverage) => {
    expect(detectCoverage({ text, title: text.split('. ')[0], lang: 'en' }).isCoverage).toBe(coverage);
  });
});
