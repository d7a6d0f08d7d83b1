/** The `grammar` section of a language file (assets/lang/<code>.json), as grammar.ts compiles it. */

/**
 * How a language ties a figure's words together. The English values (assets/lang/en.json) are the
 * defaults; a lexicon overrides what differs. Regex sources are matched case-insensitively.
 */
export interface GrammarLexicon {
  /** Words that end a noun phrase: the counted noun never lies beyond them. */
  phraseStop: string[];
  /** "one of its helicopters": the word linking a number to its noun. */
  of: string[];
  /** Determiners that may follow that linking word. */
  determiners: string[];
  /** Whole gap between a figure and a loss word after it that still binds them (a passive). */
  passiveGap: string;
  /** Whole gap between two items of one list ("14 tanks, 9 drones and 3 helicopters"). */
  listGap: string;
  /** After a count whose noun is left out ("wounding 34 others"). */
  ellipsis: string;
  /** Starts a new clause: a subject never reaches across it (global). */
  clauseBreak: string;
  /** A comma segment that introduces rather than names ("In Baku, …"). */
  introSegment: string;
  /** Adverbs between a subject and its verb ("… has also said"). */
  trailingFiller: string;
  relativeSegment: string;
  /** A segment with a finite verb is a clause, not a subject. */
  clauseSegment: string;
  endsWithPronoun: string;
  /** "The ministry said": a bare role whose party comes from earlier text. */
  roleOnlySubject: string;
  /** Ends the noun phrase after "according to". */
  phraseAfterStop: string;
  possessive: string;
  /**
   * A role's owner named as "the country" anywhere in its phrase ("Минобороны страны", "le ministère
   * du pays"): it is the sentence's first party, as with a possessive. Regex source.
   */
  ofTheCountry?: string;
  /** Right after a figure: it counts both sides. */
  bothSides: string;
  ofTheEnemy: string;
  /** After a figure: group 1 names the attacker ("by shelling from Armenian forces"). */
  agent: string;
  /**
   * Whole gap between a count and the next one when both share the next one's noun ("70
   * Azerbaijani and 60 Armenian civilians"); group 1 holds the first count's own words.
   */
  pairGap: string;
  /**
   * Whole gap between a count and the next one that it breaks down ("13 civilians, including two
   * children"): the part counts the same loss as the whole.
   */
  subsetGap?: string;
  /**
   * Opens a segment of a speaker phrase that says where the speaker is ("In Baku, the interior
   * ministry said"): the rest of the segment, a place of one party, names the bare role's country.
   */
  placeOpening?: string;
  /**
   * Opens a sentence with an adverbial that fills the place before the verb in a verb-second
   * language ("Auf armenischer Seite seien …", "Bei Angriffen wurden …"): the words are not its
   * subject, so they name no speaker.
   */
  adverbialOpening?: string;
  /**
   * Opens a sentence that goes on with the report before it ("Inoltre, …", "Ha detto inoltre che
   * …"): a figure with no side of its own there keeps the side of the last figure before.
   */
  continuation?: string;
  /**
   * A speaker answering another ("Минобороны Армении, в свою очередь, …", "Armenia's ministry, in
   * turn, …"): a bare role with no antecedent just before it was the same role of the other side.
   */
  inTurn?: string;
  /** Ends the text before the agent of a passive loss ("shot down by "): a count there lost nothing. */
  agentBefore?: string;
  /** Ends the text before a count elaborating the clause before it ("…, with "). */
  elaborationBefore?: string;
  /** A third person's possessive after "of" in a count ("40 of their tanks"): whose, a verb before may tell. */
  ofThirdOwner?: string;
  /** Right after a machine: it crashed, an accident, not a loss by itself ("the helicopter crashed"). */
  accidentAfter?: string;
  /** Ends a clause whose machine was lost, with its subject as group 1 ("its helicopter crashed, "). */
  lostMachineBefore?: string;
  /**
   * Verb-final languages: an active loss verb right after a count ("3 tank imha etti", "7 kəndi
   * azad edib"), its subject the agent; the count is the other side's. Regex source, anchored.
   */
  activeLossAfter?: string;
  /**
   * A count that is a part of a whole counted before it, its noun left out: sticky after the count
   * ("541 of them"), and ending the text before it ("of whom 541", "из них 541").
   */
  partOfAfter?: string;
  partOfBefore?: string;
  /**
   * Ends the text before a count that a copula or a verb of rising leads, its subject after it
   * with an article ("Sono almeno 40 i civili uccisi", "Salgono a 31 i morti"): the article is
   * skipped on the way to the noun (`invertedArticle`). Absent where subjects do not follow so.
   */
  invertedBefore?: string;
  /** Starts the text after such a count: the subject's article. */
  invertedArticle?: string;
  /**
   * After a loss noun that is counted ("1 166 morts", "1166 погибших"), the words that lead to the
   * group it counts ("parmi les", "среди"): that group's noun is the figure's head. Absent where
   * the language does not say so.
   */
  groupAfter?: string;
  /** After a count with no noun: it is the subject of a loss ("60 were seriously injured"). */
  bareCount: string;
  /**
   * After a count with no noun right after a loss verb, its object ("wounded 70 on Wednesday",
   * "injuring 11 others in the town"): where the count's words end. Absent where verbs end clauses.
   */
  objectCount?: string;
  /**
   * Words that stand for one more of a noun named before ("another", "ein weiterer", "un autre"):
   * followed by a bare loss (`bareCount`), they count one ("one was killed and another wounded").
   * Regex sources. Absent where the language's number words already say it ("ещё один").
   */
  oneMore?: string[];
  /** At a loss word: its subject is the one who lost ("lost", "suffered"), not the attacker. */
  ownLoss: string;
  /**
   * At a loss word before a count: the count is its subject ("погибли 22 военнослужащих", "sono
   * morti 14 soldati"), so no agent acts on it and a party's own casualties stay its own. Absent
   * where counts do not follow such verbs.
   */
  patientLoss?: string;
  /** Right after a figure: the owner follows ("… of the Azerbaijani air force"); a side word comes next. */
  ownerAfter: string;
  /**
   * Ends the text before an attribution verb whose subject a preposition opens, as an absolute
   * clause does ("…, with Azerbaijan saying …"): group 1 is the subject.
   */
  absoluteSubject?: string;
  /** Just before an attribution verb: it shares the subject of the verb before it ("… and said"). */
  sharedSubject: string;
  /** Abbreviations whose full stop does not end a sentence. */
  abbreviations: string[];
  /** The verb may come before its subject ("заявили в Минобороны"): look after the verb too. */
  subjectAfterVerb?: boolean;
  /**
   * Regex source of the auxiliary between the comma and the participle of an attribution verb that
   * leads its subject (", a indiqué le ministère", ", ha dichiarato il ministero").
   */
  invertedAuxiliary?: string;
  /**
   * The verb ends its clause and the subject opens it (Turkish, Azerbaijani): a verb's subject is
   * the first speaker segment before it, ending before the clause's first count; a loss word before
   * a count modifies it ("şehit olan asker sayısı") rather than acting on it.
   */
  verbFinal?: boolean;
  /**
   * In a verb-final language, the end of a noun in a case that makes it the verb's object or place
   * ("bölgeyi", "kentten", "bölgəni"), tested on the noun after a count's own: no head of the count's
   * phrase ("100 kişi bölgeyi terk etti" counts people, not regions). Regex source.
   */
  objectCase?: string;
  /**
   * A noun whose object's case reads as a compound's head too ("köyü", "kenti": "the village" or
   * "village of"): the object only after a count's noun that is no nationality ("50 bin kişi kenti
   * terk etti", but "3 Ermeni köyü" counts villages). Regex source, tested like objectCase.
   */
  objectCaseAfterPeople?: string;
  /** The finite auxiliary of a perfect ("hat", "haben"; perfect-subject.ts). Regex source. */
  perfectAuxiliary?: string;
  /**
   * Opens the text after a count with a perfect's loss participle, group 1 ("verloren",
   * "zerstört"), group 2 an auxiliary ending a subordinate clause ("verloren habe"). Regex source.
   */
  perfectLossAfter?: string;
  /** A nationality stands as a count's noun ("70 Azerbaycanlı ve 60 Ermeni sivil"): it may share the next count's. */
  nationalityNouns?: boolean;
  /**
   * Ends the text up to a count whose noun came first and takes a part of it, the noun in the
   * genitive or ablative and the count with a possessive ("askerlerin 186'sı", "yaralılardan 3-ü"):
   * group 1 is the noun.
   */
  partitive?: string;
  /**
   * Ends the text before a count whose owner precedes it ("Ermeni birliklere ait 22 tank",
   * "Ermənilərin 10 tankı"): group 1 is the owner, read for a side or the enemy.
   */
  ownerBefore?: string;
  /** A side heading a sentence ("Da parte armena, …"), anchored at its start, group 1 the side word. */
  sideHead?: string;
  /**
   * An attribution verb with no subject of its own ("bildirildi", "it was reported"): when none is
   * found before it, its speaker is carried from earlier sentences. Tested on the verb's words.
   */
  impersonalVerb?: string;
  /**
   * A headline or teaser figure that the body restates is one claim, reported once from the body
   * (utils/engine/headline-copies.ts). The only entry not inherited from English: the dev corpus's
   * English labels count such copies once, its Turkish and Azerbaijani labels count every copy.
   */
  headlineCopiesRestated?: boolean;
  /**
   * Right after a loss verb that follows a count's noun: the verb has an object, so the count is
   * its agent ("a Turkish F-16 shot down an Armenian Su-25"), not a loss. English only for now: the
   * other lexicons do not inherit it (their determiners differ).
   */
  activeObject?: string;
  /** The transitive loss verbs `activeObject` is tested after ("shot down", "hit", "killed"). */
  activeVerbs?: string[];
  /**
   * Right after a counted noun: it modifies another noun, the phrase's real head, that is no loss
   * ("a drone strike", "two tank shells"). Regex source.
   */
  compoundHead?: string;
  /**
   * Right after a count's words: the count's own predicate, a state that is no loss ("… and six
   * are still missing", "and 4 were taken prisoner", "1.2 million people have been affected"), or a
   * unit that counts no one ("200 million manat"), so a loss word before it is not its verb.
   * Regex source.
   */
  otherState?: string;
  /**
   * Ending the text before a count: a verb pair that makes its loss no one metric ("the shelling
   * killed or wounded 30 civilians" counts casualties, which no metric holds). Regex source.
   */
  otherStateBefore?: string;
  /**
   * In a sentence: the conflict itself as the cause of the losses ("the fighting has killed",
   * "as a result of the conflict"), so people it killed are its dead overall, not civilians
   * (unless the sentence names civilians). Regex source.
   */
  wholeConflict?: string;
  /** A fact box's line that is only a wounded label and a count ("Wounded: 8,000"): a war's combatants. Regex source. */
  factBoxWounded?: string;
  /** At "its"/"their": the possessive counts one machine ("its helicopter was downed"). Regex source. */
  possessedOne?: string;
  /** In a headline, a machine named with its side and no article, a downing verb beside it: one. Regex source. */
  headlineOne?: string;
  /** Forces striking the enemy, group 1 their party words ("Azerbaijani forces destroyed"). Regex source. */
  actingForces?: string;
  /** Forces named with no party striking a target, group 1 the target ("the army destroyed three Armenian tanks"). Regex source. */
  unnamedForcesTarget?: string;
  /** In a figure's words, its owner's own set against a list's other side ("two of its own servicemen"). Regex source. */
  ownContrast?: string;
  /** Ends the text before an aside's verb: its pronoun after the opening comma (", it acknowledged"). Regex source. */
  asidePronoun?: string;
  /** The party word opening a sentence (group 1), through its subject to the first comma. Regex source. */
  asideOpening?: string;
  /** Joins a second report to the first ("… 40 tanks and Armenia said …"). Regex source. */
  speakerJoin?: string;
  /** After people who fled: the verb and the place they fled, group 1 the place ("fled Karabakh"). Regex source. */
  fledFrom?: string;
  /** Ends the text before people who fled, group 1 the place ("Qarabağdan 100 min nəfər"). Regex source. */
  fledFromBefore?: string;
  /** After people who fled: the place they reached, group 1 ("arrived in Armenia"). Regex source. */
  arrivedIn?: string;
  /**
   * Right after a small group of civilians: people named beside it in one subject ("… and their
   * child", "…, his wife and their son"); group 1 a count word, group 2 a person, group 3 people
   * (counted only with group 1). Regex source (utils/engine/added-people.ts).
   */
  addedPeopleAfter?: string;
  /** Ending the text before such a group: one person named first ("a mother and her …"); group 1 its words. */
  addedPeopleBefore?: string;
  /**
   * A role's party may follow it with no word between, in the genitive ("прокуратура Азербайджана",
   * "Verteidigungsministerium Armeniens"): a bare role elsewhere in the article means that party's.
   */
  partyAfterRole?: boolean;
  /**
   * After the comma closing an apposition that names a count's people again ("Two civilians, a
   * man and a woman, were killed"): the verb it leaves for (apposition.ts). Regex source.
   */
  appositionClose?: string;
  /**
   * Right after counted people: uncounted parts of them named by kind ("…, including civilians",
   * "…, among them soldiers and police"), so they are a war's dead overall, not civilians. Regex
   * source, sticky, read with \p{L}.
   */
  mixedPeople?: string;
  /**
   * Between the two bounds of a range ("30 to 40 soldiers", "300,000–500,000 Armenians"): the
   * range is one count, its lower bound. Group 1 marks a gap that is a range only after rangeOpen
   * ("between 30 and 40"). Regex source, anchored at both ends.
   */
  rangeGap?: string;
  /** Just before a range's lower bound when rangeGap's group 1 matched ("between "). Regex source. */
  rangeOpen?: string;
  /** Just before two numbers that are a change, not a range ("rose from 30 to 40"). Regex source. */
  rangeNotAfter?: string;
  /**
   * After a figure, in its clause: the side named as where the losses fell ("… were killed on the
   * Armenian side"), its words in group 1. Regex source, anchored at the figure's end.
   */
  sideAfter?: string;
}
