import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A peace deal between Armenia and Azerbaijan that recalls the wars over the region names it once,
 * deep in a long text: with both parties named, that is background, not a passing mention. Iran,
 * a neighbour of both, is named in such texts as a neighbour and weighs less than another war.
 */
describe('detectCoverage: peace-deal pieces', () => {
  const text = [
    'WASHINGTON - The leaders of Armenia and Azerbaijan shook hands at the White House on Friday and initialled a joint declaration that both called a turning point after nearly four decades of hostility.',
    "The document commits the two countries to recognise each other's borders, to open transport links and to renounce territorial claims.",
    'It also creates a transit route across southern Armenia that will connect mainland Azerbaijan with its Nakhchivan exclave, to be developed with American companies.',
    'The neighbours have fought two wars since the collapse of the Soviet Union. The first, in the early 1990s, left some 30,000 people dead and hundreds of thousands displaced. In 2020, a six-week war over Nagorno-Karabakh killed more than 6,500 people.',
    'Officials on both sides cautioned that a final treaty still has to be signed and ratified, and that Azerbaijan wants Armenia to change its constitution first.',
    'In Yerevan, opposition politicians accused the government of giving too much away; in Baku, the mood was celebratory.',
    "Analysts said the agreement also reduced Russia's role in the South Caucasus, where Moscow had long presented itself as the main mediator.",
    'The European Union and Turkey welcomed the declaration. Iran, which borders the planned route, voiced concern.',
  ].join('\n');

  it('reads a long wire report on a peace declaration that names the region once', () => {
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).not.toContain('passing_mention');
    expect(result.isCoverage).toBe(true);
  });

  it('weighs Iran as a neighbour, below the cue of a war of Israel', () => {
    const result = detectCoverage({ text, lang: 'en' });
    const iran = result.evidence.find((e) => e.cue === 'war_iran');
    expect(iran?.weight).toBeGreaterThanOrEqual(-1);
    expect(result.evidence.map((e) => e.cue)).not.toContain('war_middle_east');
  });

  it('still counts a single mention as passing when only one party is named', () => {
    const long = text
      .replace(/Armenia and Azerbaijan|the two countries|The neighbours|both sides/g, 'the partners')
      .replace(/Azerbaijan|Baku/g, 'the east');
    const result = detectCoverage({ text: long, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('passing_mention');
  });

  it('keeps a single mention passing in a travel piece that names both countries but no war', () => {
    const travel = [
      "Tbilisi has become the easiest starting point for a trip through the South Caucasus. Flights from most European capitals take four hours, and the old town's sulphur baths and wine bars fill up every weekend.",
      'From the capital, marshrutkas leave every hour for the Armenian border, and the drive to Yerevan takes about six hours through green gorges and Soviet-era spa towns.',
      'Travellers heading east can take the overnight train to Baku, the Azerbaijani capital, which has a modern waterfront and a walled old city.',
      'Visas are simple: Georgia needs none for most Europeans, Armenia offers visa-free stays, and Azerbaijan issues electronic visas in three days.',
      'Some travellers combine all three countries in two weeks, though there is no direct border crossing between Armenia and Azerbaijan, so the route runs back through Georgia.',
      'Guides warn that passport stamps from the Nagorno-Karabakh region once caused trouble at Azerbaijani border posts.',
      'Food is a highlight everywhere: khachapuri in Georgia, lavash and barbecue in Armenia, plov and saffron tea in Azerbaijan.',
      'The best months to travel are May, June and September, when the mountains are green and the cities not too hot.',
    ].join('\n');
    const result = detectCoverage({ text: travel, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('passing_mention');
    expect(result.isCoverage).toBe(false);
  });
});
