/**
 * The shape of a language's time words (assets/lang/<code>.json `periods`): what each list means.
 * period-words.ts compiles them.
 */
export interface PeriodLexicon {
  /** Twelve lists of regex sources, January first, every inflection ("сентябр\\p{L}*", "Sept\\.?"). */
  months: string[][];
  /** After a day's digits: ordinal endings and case suffixes ("(?:st|nd|rd|th)?", "\\.?", "-?\\p{L}*"). */
  daySuffix: string;
  /** Seven lists of regex sources, Sunday first ("Monday", "понедельник\\p{L}*", "am Montag"). */
  weekdays: string[][];
  /** Days relative to the article's day, by offset ("-1": yesterday, overnight; "0": today). */
  relativeDays: Record<string, string[]>;
  /** A running total: "so far", "in total", "since the fighting began", "the death toll rose to". */
  running: string[];
  /**
   * A toll's rise since its last report, written with its count ("stieg um 29" before "auf 633"):
   * the rise is the day's, the total after it the running one.
   */
  increase?: string[];
  /** Right before a date: it starts a tally ("since", "с", "seit dem"). */
  sinceBefore: string[];
  /** Right after a date: it starts a tally ("27 Eylül'den bu yana", "սեպտեմբերի 27-ից"). */
  sinceAfter?: string[];
  /** Right before a date: a tally ends on it ("as of", "по состоянию на"). */
  asOfBefore: string[];
  /** Right after a date: a tally ends on it ("10 Ekim itibarıyla", "հոկտեմբերի 10-ի դրությամբ"). */
  asOfAfter?: string[];
  /** The end of a date that says a tally ends on it ("oktyabrın 10-dək"). */
  asOfEnd?: string[];
  /** Between two days of one month: a span ("from 2 to 5 April": "to", "по", "bis"). */
  rangeJoin: string[];
  /** Between two days after their month ("July 12-14", "aprelin 2-dən 5-dək"): no "and" here. */
  monthFirstJoin?: string[];
  /** Right before a month named without a day ("in April", "в апреле", "im April"). */
  monthBefore?: string[];
  /** Right after a month named without a day ("Nisan ayında", "aprel ayında"). */
  monthAfter?: string[];
  /** A case ending that makes a month alone a time ("ապրիլին", "Eylül'de", "sentyabrda": in April). */
  monthCase?: string[];
  /** The end of a date that starts a span by itself ("sentyabrın 27-dən", "27 Eylül'den"). */
  rangeFrom?: string[];
  /** Between a year and the date it dates ("2020-ci il sentyabrın 27-də": "-ci il"). */
  yearBefore?: string[];
  /**
   * The last days up to the article's, by their number ("2": "in the last two days", "over the past
   * 48 hours"): a span that ends on the article's day.
   */
  lastDays?: Record<string, string[]>;
  /** The same with the count written in the phrase at `{n}` ("in the last {n} days"): any length. */
  lastDaysCounted?: string[];
  /** Months relative to the article's month, by offset ("-1": "last month"; "0": "this month"). */
  relativeMonths?: Record<string, string[]>;
  /**
   * The first days of the fighting the article reports, by their number ("1": "on the first day of
   * the war", "7": "in the first week of the war"): a span from its start day, unknown without one.
   */
  fightingStart?: Record<string, string[]>;
  /** The same with the count at `{n}` ("in the first {n} days of the war"). */
  fightingStartCounted?: string[];
  /**
   * Numeric dates with slashes may put the month first ("9/27/2020", American English): a date
   * both orders allow stays unknown. Elsewhere numeric dates are day first ("27.09.2020").
   */
  slashMonthFirst?: boolean;
  /**
   * False where dates are only written day first ("27. September", "27 сентября"): a number after
   * a month name is then a count ("im Oktober 14 Zivilisten"), never its day.
   */
  monthFirst?: boolean;
  /** A tally from the end of a fighting ("since the end of the war", "после войны"): from its last day. */
  sinceFightingEnd?: string[];
  /** The weekend just past ("over the weekend", "в выходные"). */
  weekend?: string[];
  /** A span the text does not bound ("last week", "in recent days"): unknown, never guessed. */
  unbounded?: string[];
  /** The article's year ("this year"). */
  thisYear?: string[];
  /** A tally from the start of the article's year ("since the start of the year"). */
  sinceYearStart?: string[];
  /** An article looking back at a past event ("five years after", "il y a cinq ans"). */
  retrospective?: string[];
}
