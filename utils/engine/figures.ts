/**
 * Figures: numbers that count a metric of the topic pack, with whose losses
 * they count and who claims them. Pure: text in, figures out.
 */

import { addedPeople, countAt, countsPair } from './added-people';
import { appositionEnd, namesMixedPeople } from './apposition';
import { asideAt, clauseStartOf } from './attribution-aside';
import { governingAttribution } from './attributions';
import { ClaimantResolver } from './claimant-resolver';
import { compilePack } from './compiled-pack';
import { datelineDay } from './dateline-day';
import {
  chooseMetric,
  type EraHit,
  eraAt,
  eraCues,
  isListContinuation,
  type MetricChoice,
} from './figure-context';
import { countedNoun, ownNoun } from './figure-nouns';
import { PeriodReader } from './figure-period';
import { breaksDown, soldiersOfContext, subsetMetric, wholeOfParts } from './figure-subset';
import { withHeadlineSpeakers, withoutHeadlineCopies } from './headline-copies';
import { withHeadlineOnes } from './headline-one';
import { detectLanguage } from './language';
import { foreignLexicon } from './lexicons';
import { findNumbersIn } from './number/lexicon';
import { findNumbers } from './number/numbers';
import { withOneMore } from './number/one-more';
import { isDay, isMonth, periodEnd } from './period';
import { withRestatedPeriods } from './period-restated';
import * as neighbours from './sentence-neighbours';
import { type Span, splitSentences } from './sentences';
import { lostOnItsOwn, namesBothSides, namesItsSide, namesSideAfter, ownClauseSide } from './side-phrases';
import { inferSide } from './sides';
import { defaultPackData, type TopicPackData } from './topic-pack';
import type { Figure, NumberMention, Side } from './types';

export interface ExtractOptions {
  pack?: TopicPackData;
  /** Primary language subtag of the text; detected from the text when absent (see detectLanguage). */
  lang?: string;
  /**
   * The article's publication day (YYYY-MM-DD): "yesterday", "so far" and undated figures count from
   * it. A month alone (YYYY-MM, a page that gives no day) only gives dates their year and a month-long
   * fighting's tallies their month; what needs the day stays unknown.
   */
  publishedDate?: string | null;
}

/** Losses a party reports of its own people: its dead, its wounded, its displaced. */
const CASUALTY_EVENTS = new Set(['death', 'injury', 'displacement']);
/** How far back a bare count ("60 were injured") may borrow the last counted noun. */
const RECENT_SENTENCES = 2;

interface PreviousFigure {
  sentence: number;
  end: number;
  eventBeforeAt: number;
  /** The counted noun, lent to a later count that leaves it out. */
  noun: string;
  side: Side;
  /** The metric it counted: a later count borrowing its noun with no loss word near shares it. */
  metric: MetricChoice;
}

export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pack = compilePack(
    options.pack ?? defaultPackData,
    foreignLexicon(options.lang ?? detectLanguage(text)),
  );
  // What the patterns read; offsets are the same, figures quote the text as given.
  const read = pack.fold ? pack.fold(text) : text;
  const found = pack.numbers
    ? findNumbersIn(read, pack.numbers)
    : findNumbers(read, { implicit: true, pairs: pack.pairNoun, possessedOne: pack.grammar.possessedOneY });
  const mentions = withHeadlineOnes(pack.grammar, read, withOneMore(pack.grammar, read, found));
  if (mentions.length === 0) return [];
  const sentences = splitSentences(read, pack.grammar.abbreviations, pack.periods.monthAfterDayStopY);
  const claimants = new ClaimantResolver(pack, read, sentences);
  const publishedMonth = isMonth(options.publishedDate) ? options.publishedDate : null;
  // A page without its day: the story's dateline may give it ("BAKU, Oct. 5 (Reuters) -").
  const published = isDay(options.publishedDate)
    ? options.publishedDate
    : datelineDay(pack, read, publishedMonth ? (periodEnd(publishedMonth) ?? null) : null);
  const periods = new PeriodReader(pack, read, { published, publishedMonth });
  const figures: Figure[] = [];
  /** Per figure: whether its sentence gave it a time cue (period-restated.ts). */
  const cued: boolean[] = [];
  // Every metric needs a loss word in its sentence: sentences without one are skipped whole.
  // Per sentence index, filled on first need (arrays: a Map per sentence cost more than its lookups).
  const eventful: (boolean | undefined)[] = new Array(sentences.length);
  const civilianSentence: (boolean | undefined)[] = new Array(sentences.length);
  const conflictSentence: (boolean | undefined)[] = new Array(sentences.length);
  const eraCache: (EraHit[] | undefined)[] = new Array(sentences.length);
  const continuing: (boolean | undefined)[] = new Array(sentences.length);
  let previous = null as PreviousFigure | null;
  let lastEnd = -1;
  let cursor = 0;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as NumberMention;
    if (mention.start < lastEnd) continue;
    // Mentions come in text order: the sentence holding one is found by walking on.
    while (cursor < sentences.length && (sentences[cursor] as Span).end <= mention.start) cursor++;
    const index = cursor;
    const span = sentences[index];
    if (!span || span.start > mention.start) continue;
    // An article counts only the noun right after it (countedNoun): most name none, and that is
    // cheaper to learn than whether the sentence holds a loss word.
    if (mention.form === 'implicit' && !ownNoun(pack, read, mention, span.end)) continue;
    // A list's item takes its loss words from the list's heading ("Losses over the past day:\n• 12 tanks").
    // Called directly: a closure made per text was a call target the optimised loop kept, and lost.
    const eventfulHere = neighbours.sentenceEventful(eventful, pack.anyEvent, read, sentences, index);
    const heading = eventfulHere ? -1 : neighbours.listHeading(read, sentences, index);
    const listed =
      heading >= 0 && neighbours.sentenceEventful(eventful, pack.anyEvent, read, sentences, heading);
    if (!eventfulHere && !listed) continue;
    const sameSentence: PreviousFigure | null = previous?.sentence === index ? previous : null;
    const counted = countedNoun(pack, mention, {
      text: read,
      sentenceStart: span.start,
      sentenceEnd: span.end,
      sameSentenceNoun: sameSentence?.noun ?? null,
      recentNoun: previous && index - previous.sentence <= RECENT_SENTENCES ? previous.noun : null,
      next: i + 1 < mentions.length ? mentions[i + 1] : undefined, // no read past the end: a deopt
    });
    if (!counted) continue;
    const noun = counted.span;
    const nounText = counted.text;
    const sentence = read.slice(span.start, span.end);
    const start = mention.start - span.start;
    const end = noun.end - span.start;
    const inList: boolean =
      sameSentence !== null && isListContinuation(pack, sentence, sameSentence.end, start);
    let erasHere = eraCache[index];
    if (!erasHere) {
      erasHere = eraCues(pack, sentence);
      eraCache[index] = erasHere;
    }
    const era = eraAt(erasHere, start);
    const borrowedNoun = counted.borrowed;
    let civilian = civilianSentence[index];
    if (civilian === undefined) {
      civilian = pack.civilianOnlyNoun.test(sentence) || countsPair(mentions, i, span);
      civilianSentence[index] = civilian;
    }
    // People counted on both sides of a war are its dead overall, not civilians, and no side's.
    const onBothSides = namesBothSides(pack, sentence, start, end);
    // So are people whose uncounted parts are named ("200 people, including civilians, died").
    const mixed = namesMixedPeople(pack.grammar, read, noun.end);
    // So are the people the conflict itself killed ("the fighting has killed 33 people").
    const byConflict =
      !civilian && neighbours.testOnce(conflictSentence, pack.grammar.wholeConflict, sentence, index);
    const lead = heading < 0 ? '' : `${read.slice(sentences[heading]?.start, sentences[heading]?.end)}\n`;
    const choose = (words: string) => {
      const c = chooseMetric(
        pack,
        lead + words,
        nounText,
        start + lead.length,
        end + lead.length,
        era !== null || onBothSides || byConflict || mixed,
        inList || borrowedNoun,
        civilian && !mixed,
      );
      return neighbours.afterLead(c, lead.length);
    };
    // A part of a group named before it ("yaralılardan 1-i vəfat edib") takes a loss word at or
    // after its count over the group's own; with none there, the group's words stand.
    const partLoss = counted.partOfGroupBefore ? choose(' '.repeat(start) + sentence.slice(start)) : null;
    // A toll's own words name its loss ("число жертв … выросло до 31"), not a loss word after it.
    const chosen =
      partLoss && partLoss.eventAt >= 0 ? partLoss : choose(counted.toll ? sentence.slice(0, end) : sentence);
    // "Seven were injured in …, and 23 – in …, which …": a count lending the noun of the one
    // before, with no loss word of its own in reach, shares that one's verb and so its metric.
    const lender = borrowedNoun ? sameSentence : null;
    const shared =
      chosen && lender && chosen.eventAt === -1 && lender.metric.spec.victims === chosen.spec.victims
        ? lender.metric
        : chosen;
    if (!shared) continue;
    const part = sameSentence
      ? subsetMetric(pack, sentence.slice(sameSentence.end, start), nounText, sameSentence.metric, shared)
      : shared;
    const metric = civilian ? part : soldiersOfContext(pack, part, sameSentence?.metric ?? null, sentence);
    // "3,825 people were killed, including 3,773 servicemen": the part shares the whole's side,
    // and people that soldiers are part of are the dead overall.
    const partOf = sameSentence !== null && breaksDown(pack, sentence.slice(sameSentence.end, start));
    const whole = partOf && sameSentence ? wholeOfParts(pack, sameSentence, metric, nounText) : null;
    const wholeFigure = figures[figures.length - 1];
    if (whole && wholeFigure) wholeFigure.metric = whole.id;
    // A list's item with no speaker of its own is claimed by its heading's last speaker.
    const said = claimants.attributions(index);
    const attribution =
      governingAttribution(said, start) ??
      neighbours.headingSpeaker(
        heading < 0 ? null : governingAttribution(claimants.attributions(heading), lead.length),
      );
    // A past war's toll with no speaker in its sentence is background, not the last speaker's claim.
    const background = !attribution && metric.spec.onlyInEras === true && era !== null;
    const claimant = background ? null : claimants.resolve(index, attribution);
    const clauseStart = clauseStartOf(sentence, said, attribution, start, metric.eventAt);
    const aside = asideAt(sentence, metric.eventAt, attribution, start);
    // In a verb-final language a loss word before the count modifies it ("şehit olan asker sayısı").
    const eventBeforeAt: number =
      !pack.grammar.verbFinal &&
      !counted.toll &&
      (metric.eventAt >= clauseStart || aside >= 0) &&
      metric.eventAt < start
        ? metric.eventAt
        : inList && sameSentence
          ? sameSentence.eventBeforeAt
          : -1;
    const before = neighbours.sentenceBefore(read, sentences, index);
    const inferred = inferSide(pack, {
      sentence,
      numberEnd: mention.numberEnd - span.start,
      figureStart: start,
      figureEnd: end,
      eventBeforeAt,
      agentFrom: Math.max(clauseStart, sameSentence?.end ?? 0),
      clauseStart,
      asideAt: aside,
      claimantParty: claimant?.party ?? null,
      admission:
        attribution !== null && pack.admission.test(sentence.slice(attribution.at, attribution.at + 40)),
      isCasualty: CASUALTY_EVENTS.has(metric.spec.events),
      isCivilian: metric.spec.victims === 'civilians',
      isDisplacement: metric.spec.events === 'displacement',
      fledOtherSide: era !== null && pack.eras.some((e) => e.id === era.id && e.fledOtherSide === true),
      isHistoric: metric.spec.onlyInEras === true,
      onBothSides,
      sentenceBefore: before,
      sideBefore: sameSentence?.side ?? null,
      sideEarlier: previous?.sentence === index - 1 && before !== undefined ? previous.side : null,
      continues: neighbours.testOnce(continuing, pack.grammar.continuation, sentence, index),
      tollPhrase:
        counted.tollFrom !== undefined
          ? read.slice(counted.tollFrom, mention.start)
          : heading >= 0
            ? neighbours.headingOwners(claimants.attributions(heading), lead)
            : undefined,
    });
    // A list item, or a count borrowing the noun of the one before ("23 Armenian troops died and 41
    // others wounded"), shares that one's side unless its own words or own-loss verb name one.
    const side: Side =
      (inList || partOf || (borrowedNoun && sameSentence !== null)) &&
      sameSentence?.side &&
      !namesItsSide(pack, sentence.slice(mention.numberEnd - span.start, end)) &&
      ownClauseSide(pack, sentence, start) === null &&
      !namesSideAfter(pack, sentence, start) &&
      !lostOnItsOwn(pack, sentence, eventBeforeAt, sameSentence.end)
        ? sameSentence.side
        : inferred;
    // "a young couple and their child": people named beside a small civilian group count with it.
    const group =
      metric.spec.victims === 'civilians' && mention.value !== null && mention.qualifier === 'exact'
        ? addedPeople(pack.grammar, read, mention.start, noun.end, mention.form !== 'implicit', (at) =>
            countAt(mentions, i, at),
          )
        : null;
    const figureStart = group ? group.start : mention.start;
    const figureEnd = group ? group.end : noun.end;
    const byEra = metric.spec.onlyInEras === true && era !== null;
    figures.push({
      value: group && mention.value !== null ? mention.value + group.count : mention.value,
      qualifier: mention.qualifier,
      text: text.slice(figureStart, figureEnd),
      start: figureStart,
      end: figureEnd,
      metric: metric.spec.id,
      side,
      claimant: claimant ? { id: claimant.id, label: claimant.label, party: claimant.party } : null,
      // A whole war's count is one only through its era; other figures take the nearest time cue.
      period:
        byEra && era
          ? era.period
          : periods.periodOf(
              index,
              span,
              erasHere,
              mention.start,
              noun.end,
              // A toll of the conflict itself is, like a ministry's, its running total.
              (claimant?.role != null && pack.tallyRoles.has(claimant.role)) ||
                (byConflict && metric.spec.onlyInEras === true)
                ? { report: attribution ? { at: attribution.at, end: attribution.end } : null }
                : null,
              mention.form === 'implicit' && mention.value === 1 && !group,
            ),
      sentence: read === text ? sentence : text.slice(span.start, span.end),
      sentenceStart: span.start,
    });
    cued.push(byEra || periods.lastCued);
    previous = { sentence: index, end: figureEnd - span.start, eventBeforeAt, noun: nounText, side, metric };
    // "Two civilians, a man and a woman, were killed": the counts naming them again are read once.
    const apposition = appositionEnd(pack.grammar, read, figureEnd, mention.value, mentions, i + 1);
    lastEnd = apposition > 0 ? apposition : figureEnd;
  }
  withRestatedPeriods(figures, cued);
  return pack.grammar.headlineCopiesRestated
    ? withoutHeadlineCopies(text, figures)
    : withHeadlineSpeakers(text, figures);
}
