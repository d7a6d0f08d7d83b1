/** Read pages and figures for the reading ledger's tests. */
import { describeQuote } from '../../../../utils/anchoring/text-quote';
import { textDigest } from '../../../../utils/store/ledger/keys';
import type { ReadFigure, ReadPage } from '../../../../utils/store/ledger/types';

export const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };

/** The day the fixture's figures count (a read article's figures carry the engine's period). */
export const READ_PERIOD = '2020-10-01';

/** A sentence "… said N soldiers were killed …" as a figure of `text` at its first occurrence. */
export function figureIn(text: string, sentence: string, figureText: string, value: number): ReadFigure {
  const sentenceStart = text.indexOf(sentence);
  if (sentenceStart < 0) throw new Error(`"${sentence}" is not in the text`);
  const inSentence = sentence.indexOf(figureText);
  const start = sentenceStart + inSentence;
  const end = start + figureText.length;
  return {
    metric: 'military_deaths',
    value,
    period: READ_PERIOD,
    qualifier: 'exact',
    side: 'ARM',
    claimant: armMod,
    quote: sentence,
    quoteFigureStart: inSentence,
    quoteFigureEnd: inSentence + figureText.length,
    selector: describeQuote(text, start, end),
    start,
    end,
  };
}

export function pageOf(text: string, fields: Partial<ReadPage> = {}): ReadPage {
  return {
    url: 'https://www.news.example/2020/09/28/karabakh?utm_source=feed',
    canonicalUrl: null,
    title: 'Fighting in Nagorno-Karabakh',
    outlet: 'News Example',
    publishedDate: '2020-09-28',
    language: 'en',
    textDigest: textDigest(text),
    ...fields,
  };
}

export const SAID_16 = 'The ministry said 16 soldiers were killed on Sunday.';
export const SAID_19 = 'The ministry said 19 soldiers were killed on Sunday.';
export const LATER = 'By Monday the ministry said 31 soldiers were killed in all.';

export const DAY = 24 * 60 * 60 * 1000;
/** 28 Sep 2026, noon UTC. */
export const SEP_28 = Date.UTC(2026, 8, 28, 12);
