import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A piece of a hundred words or more on one country's other business that recalls the war in one
 * sentence (Armenia's EU vote "since Azerbaijan retook Nagorno-Karabakh in 2023") is a passing
 * mention, as a longer one already was: the rest names one party and no war. A brief under a
 * hundred words, whose second sentence is its whole report, and a piece on both parties' peace
 * treaty stay coverage. Texts written for these tests.
 */
const EU_VOTE =
  "Armenia's parliament votes to begin EU membership process. Armenian lawmakers on Wednesday approved a bill declaring the country's intention to seek membership of the European Union, a symbolic step that Moscow warned would harm relations. The vote passed by 64 to 7. Prime Minister Nikol Pashinyan has sought to diversify the country's alliances since Azerbaijan retook Nagorno-Karabakh in 2023, accusing Russia of failing to protect Armenia. Russian officials said Armenia would lose access to the Eurasian Economic Union's single market, which accounts for a large share of its exports of brandy, fruit and minerals. The government said it would hold a referendum before any accession, and that closer ties with Brussels would help modernise customs, energy and the judiciary. Opposition parties walked out of the session, saying the bill was a distraction from economic problems such as rising rents in Yerevan and the cost of imported gas.";
const PEACE_TREATY =
  "Armenia and Azerbaijan agree on final text of peace treaty. Armenia and Azerbaijan have agreed on the text of a peace treaty, the two countries' foreign ministries said on Thursday, a major step toward ending one of the longest conflicts in the former Soviet Union. The agreement contains 17 articles, officials said, and covers mutual recognition of borders and the withdrawal of third-party forces from the frontier. Baku still wants Armenia to amend its constitution, which refers to the unification of Armenia and Nagorno-Karabakh, before the treaty can be signed. Pashinyan said a referendum would be held. The European Union and the United States welcomed the announcement, and Russia said it was ready to help. Analysts cautioned that signing could still take months, and that border delimitation commissions had so far agreed on only a short stretch of the frontier.";
const PRISONER_SWAP =
  "Armenia and Azerbaijan swap prisoners after talks. Azerbaijan released 32 Armenian soldiers and Armenia freed two Azerbaijani servicemen in an exchange brokered through the two countries' own channels, officials said, calling it a step toward a peace treaty after decades of conflict over Karabakh.";

const read = (text: string) => detectCoverage({ text, title: text.split('. ')[0], lang: 'en' });

describe('detectCoverage: a shorter piece with the war as an aside', () => {
  it("reads a 147-word piece on Armenia's EU vote, the region in one later sentence, as a passing mention", () => {
    const result = read(EU_VOTE);
    expect(result.evidence.map((e) => e.cue)).toContain('passing_mention');
    expect(result.isCoverage).toBe(false);
  });

  it('keeps a peace-treaty piece naming both parties as coverage', () => {
    expect(read(PEACE_TREATY).isCoverage).toBe(true);
  });

  it('keeps a two-sentence brief naming the region in its second sentence as coverage', () => {
    expect(read(PRISONER_SWAP).isCoverage).toBe(true);
  });
});
