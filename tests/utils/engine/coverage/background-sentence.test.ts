import { describe, expect, it } from 'vitest';
import { backgroundSentence } from '../../../../utils/engine/coverage/background';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/** A long piece on Armenian politics that names the region once, in a sentence of background. */
const ARMENIA_POLITICS = [
  'Armenia will hold a parliamentary election in June, the central electoral commission said on Monday, setting the stage for a contest dominated by the cost of living and relations with Moscow.',
  "Prime Minister Nikol Pashinyan's Civil Contract party leads the polls with about a fifth of decided voters, far ahead of a fragmented opposition. Two new parties backed by businessmen have promised lower taxes and higher pensions.",
  'Observers from the OSCE will monitor the vote. The government says it will invite more of them than ever before and will publish the results of every polling station online.',
  "The ties with Russia cooled after Moscow's peacekeepers stood aside during Azerbaijan's 2023 offensive in Karabakh.",
  "The Kremlin denies meddling in the country's politics, but several television channels close to Moscow have run campaigns against the government. Inflation has eased this year, yet food and rents remain the voters' main worry, according to a survey published last week by a Yerevan research centre.",
  'Turnout at the last election was below fifty per cent, and analysts expect a similar figure this time.',
].join('\n');

describe('detectCoverage: the region named in one background sentence', () => {
  it('keeps out a long politics piece whose only war words sit in the sentence naming the region', () => {
    const result = detectCoverage({ text: ARMENIA_POLITICS, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('passing_mention');
    expect(result.isCoverage).toBe(false);
  });

  it('still reads a border report that names the region only in its background as coverage', () => {
    const text = [
      'An Armenian soldier was killed on Tuesday when Azerbaijani troops opened fire on positions near the village of Sotk, the defence ministry in Yerevan said.',
      'The shooting began after midnight and lasted an hour; a second soldier was wounded and taken to hospital in Vardenis. Armenian units returned fire.',
      'Azerbaijan denied the account and said its own positions in Kalbajar had come under fire first. It reported no casualties among its servicemen.',
      'The two countries fought two wars over Nagorno-Karabakh, most recently in 2020, and Azerbaijan took full control of the region in 2023.',
      'They initialled a peace agreement earlier this year but have yet to sign it. The European Union, whose monitors patrol the Armenian side of the border, asked both to show restraint and to investigate the shooting without delay.',
    ].join('\n');
    expect(detectCoverage({ text, lang: 'en' }).isCoverage).toBe(true);
  });
});

describe('backgroundSentence', () => {
  const hit = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { spec: 0, start, end: start + word.length };
  };

  it('finds the later sentence holding every mention', () => {
    const text = 'Prices rose. Talks on Karabakh stalled again. Trade grew.';
    const span = backgroundSentence(text, [hit(text, 'Karabakh')]);
    expect(span && text.slice(span.start, span.end)).toBe('Talks on Karabakh stalled again');
  });

  it('gives nothing for the first sentence or mentions in two sentences', () => {
    const lead = 'Karabakh talks stalled. Prices rose.';
    expect(backgroundSentence(lead, [hit(lead, 'Karabakh')])).toBeNull();
    const two = 'Prices rose. Karabakh talks stalled. Artsakh voted.';
    expect(backgroundSentence(two, [hit(two, 'Karabakh'), hit(two, 'Artsakh')])).toBeNull();
  });
});
