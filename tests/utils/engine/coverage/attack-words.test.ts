import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * English reports call a strike an "attack" and its weapons "(cluster) munitions", as other
 * languages' lexicons already say (attaque, Angriff, атака): war words in a text on the two parties.
 * A cyber attack or another country's missile attack beside the two names stays no report of this
 * war. Texts written for these tests.
 */
const cases: [text: string, coverage: boolean][] = [
  [
    'A day in Barda after the rocket attack. Shopkeepers swept broken glass from the pavements of the Azerbaijani town, a day after cluster munitions fired from Armenian-held territory killed 21 civilians, prosecutors said.',
    true,
  ],
  [
    'Armenia accuses Azerbaijan of attack on border post. Yerevan said Azerbaijani troops attacked an Armenian position with drones, and Baku said it had responded to an attack by Armenian forces.',
    true,
  ],
  [
    'Armenian hackers attacked Azerbaijani government websites, Baku says. The state security service said the cyber attack briefly took down several ministry sites.',
    false,
  ],
  [
    "Flights over Armenia and Azerbaijan rerouted after Iran's missile attack on Israel. Airlines avoided the airspace of Iran and Iraq, sending more traffic over Armenia and Azerbaijan, aviation data showed.",
    false,
  ],
];

describe('detectCoverage: attacks and munitions in English', () => {
  it.each(cases)('%s', (text, coverage) => {
    expect(detectCoverage({ text, title: text.split('. ')[0], lang: 'en' }).isCoverage).toBe(coverage);
  });
});
