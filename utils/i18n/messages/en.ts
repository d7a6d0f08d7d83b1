/**
 * English: the complete catalog and the fallback of every other language. Keys are grouped by
 * where the words are shown. A key whose value is an object is counted (tn): one form per CLDR
 * plural category. `manifest.*` keys are also written to public/_locales (utils/node/i18n).
 * Terms: a claimant says a figure; an outlet reports it; a report is one outlet's figure; the
 * period is the time a figure counts; the ledger keeps the figures of pages the reader read.
 */
export const en = {
  'manifest.name': 'Crosstally',
  'manifest.description':
    'Marks Nagorno-Karabakh figures in news pages and shows how other outlets reported them. Fully offline.',
  'manifest.checkCommand': 'Check the selected figure',
  'menu.check': 'Check this figure',

  'qualifier.exact': 'exactly',
  'qualifier.at_least': 'at least',
  'qualifier.more_than': 'more than',
  'qualifier.about': 'about',
  'qualifier.up_to': 'up to',
  'qualifier.vague': 'vague (“dozens”, no number)',
  'side.AZ.adjective': 'Azerbaijani',
  'side.ARM.adjective': 'Armenian',
  'side.AZ.losses': 'Azerbaijani losses',
  'side.ARM.losses': 'Armenian losses',
  'side.notKnown': 'Not known',
  /** The overlay's heading: {side} is side.*.adjective, {metric} the metric's label. */
  'title.withSide': '{side} {metric}',
  'title.withPeriod': '{counted}, {period}',
  'party.ARM': 'Armenia',
  'party.NK': 'Karabakh Armenians',
  'party.AZ': 'Azerbaijan',
  'party.other': 'third party',
  'party.NK.short': 'Karabakh',
  'period.soFar': 'so far, to {end}',
  'period.unknown': 'Period unknown',
  'period.readsAs': 'Reads as: {period}.',
  'period.hint':
    'a day (2020-09-27), a month (2016-04), a year, or a range (2020-09-27/2020-10-10, 1988/1994); empty when not known.',
  'period.write': 'Write {hint}',

  'agreement.same': 'agrees',
  'agreement.compatible': 'compatible',
  'agreement.differs': 'differs',
  'agreement.unknown': 'not comparable',
  'value.unstated': 'an unstated number',
  'value.vague': 'vague',
  'value.qualified': '{qualifier} {number}',
  'summary.figures': { one: '{count} figure', other: '{count} figures' },
  'summary.claimants': { one: '{count} claimant', other: '{count} claimants' },
  'summary.reports': { one: '{count} report', other: '{count} reports' },
  'summary.line': '{figures} across {reports}',
  'summary.lineWithClaimants': '{figures} from {claimants} across {reports}',
  'summary.values': '{summary}: {values}',

  'overlay.otherReports': 'Other reports of this figure',
  'overlay.close': 'Close',
  'overlay.loading': 'Looking up other reports…',
  'overlay.error': 'Could not look up other reports: {message}',
  'overlay.noReports': 'No other reports of this figure in your store yet',
  'overlay.thisPage': 'This page:',
  'overlay.claimedBy': ', claimed by ',
  'overlay.noClaimant': 'no claimant named',
  'overlay.periodUnknown':
    'The period this page’s figure counts is unknown, so no report is marked as agreeing or differing with it.',
  'overlay.fromPack': ' · from pack: {pack}',
  'overlay.changed': 'This page said {saved} when you saved it; it now says {now}.',
  'tally.heading': 'Running totals over time',
  'tally.chartLabel': 'Running totals of {metric}, by claimant',
  'tally.caption': 'Each claimant’s running total of {metric}',
  'tally.claimant': 'Claimant',
  'tally.to': 'To',
  'tally.tally': 'Tally',
  'tally.thisPageRow': 'This page ({claimant})',
  'tally.noClaimant': 'No claimant named',
  'tally.point': '{claimant}: {value} to {date}',
  'tally.pagePoint': 'This page: {value} to {date}',
  'read.on': 'You read this on {day}',
  'read.said': 'It said {values}',
  'read.valueOn': '{value} on {day}',
  'read.remove': 'Remove',
  'read.removeLabel': 'Remove this figure of {outlet} from your reading ledger',

  'ledgerChoice.kept': 'Crosstally now keeps the figures of coverage pages you read, on this computer only.',
  'ledgerChoice.notKept': 'Crosstally will not keep the figures of pages you read.',
  'ledgerChoice.changeLater': 'You can change this in the toolbar popup or the store manager.',
  'ledgerChoice.label': 'Reading ledger',
  'ledgerChoice.question':
    'Keep the figures of the coverage pages you read, on this computer only? Later pages then show how the outlets you read reported them. Nothing leaves your browser.',
  'ledgerChoice.failed': 'Your choice could not be saved. Try again.',
  'ledgerChoice.keep': 'Keep them',
  'ledgerChoice.notNow': 'Not now',

  'check.noMetric': 'Crosstally does not recognise what this number counts.',
  'check.pickMetric': 'Pick what it counts to see the reports.',
  'check.reading': 'Reading the figure…',
  'check.whatCounts': 'What does this number count?',
  'check.title': 'Check this figure',
  'check.choices': 'Figures in the selection',
  'check.candidates': 'Nearest candidates',
  'check.valueStored': '{value} stored',
  'check.sameNoun': 'same noun',
  'check.near': '{metric}: {why}',
  'check.numberCounts': 'What does the number count?',
  'check.choose': 'Choose…',
  'check.noSelection': 'Select a figure and its sentence on the page, then choose “Check this figure” again.',
  'check.frame':
    'Crosstally can’t read selections inside embedded frames. Open the frame’s page in a tab of its own.',
  'check.password': 'Crosstally does not read password fields.',
  'check.noNumber':
    'There is no number in this selection. Select a figure (a number and what it counts) with its sentence.',
  'check.field': 'Text in a form field is not part of the page, so it cannot be saved as this page’s claim.',
  'check.editable':
    'Text in an editable area is not part of the published page, so it cannot be saved as its claim.',
  'check.fixField': 'A field needs a change before saving.',
  'check.tooLong': {
    one: 'Select a figure and its sentence; this selection is {count} character.',
    other: 'Select a figure and its sentence; this selection is {count} characters.',
  },
  'check.failed': 'Could not check this figure: {message}',
  'check.notOnPage': 'Crosstally could not find this selection in the page’s text, so it cannot be saved.',
  'check.cannotCheck':
    'Crosstally cannot check figures on this page: it does not run here. If the page was open before Crosstally was installed or updated, reload it.',

  'form.quote': 'Quote',
  'form.figure': 'Figure',
  'form.qualifier': 'Qualifier',
  'form.metric': 'What is counted',
  'form.side': 'Whose losses',
  'form.claimant': 'Claimant',
  'form.outlet': 'Outlet',
  'form.url': 'Page address',
  'form.published': 'Published',
  'form.period': 'Period',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'the sentence with the figure',
  'form.claimantHint': 'who says it',
  'form.outletHint': 'who reports it',
  'form.noClaimant': 'no claimant named',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: keep the figure (“{figure}”) in it.',
  'form.saved': 'Saved to your claim store. This page’s marks and other pages’ overlays now include it.',
  'form.add': 'Add to the claim store',
  'form.saving': 'Saving…',
  'form.save': 'Save to the claim store',
  'form.cancel': 'Cancel',

  'popup.title': 'Crosstally',
  'popup.loading': 'Checking this page…',
  'popup.unsupported':
    'Crosstally does not run on this page. If it is a web page opened before Crosstally was installed or updated, reload it.',
  'popup.disabled': 'Marking is off on {site}.',
  'popup.notCoverage': 'Not Nagorno-Karabakh coverage (score {score}): nothing is marked.',
  'popup.coverage': {
    one: 'Nagorno-Karabakh coverage: {count} figure with reports in your store.',
    other: 'Nagorno-Karabakh coverage: {count} figures with reports in your store.',
  },
  'popup.stopped':
    'The page is longer than Crosstally reads: marking stopped after its first {chars} characters.',
  'popup.why': 'Why: {evidence}',
  'popup.cueIn': '{cue} in {where}',
  'popup.where.title': 'title',
  'popup.where.heading': 'heading',
  'popup.where.url': 'address',
  'popup.against': 'against: {cues}',
  'popup.noFigures': 'No figures with reports on this page.',
  'popup.figuresLabel': 'Figures on this page',
  'popup.reportCount': { one: '{count} report', other: '{count} reports' },
  'popup.notFoundTitle': 'Saved from this page, not found on it now',
  'popup.notFound': '{metric}: not found on this page',
  'popup.markOn': 'Mark figures on {site}',
  'popup.openManager': 'Open the store manager',
  'popup.ledgerTitle': 'Reading ledger',
  'popup.ledgerPrivate': 'Private window: nothing from this page is kept.',
  'popup.ledgerExcluded': 'Pages of {site} are not kept in your ledger.',
  'popup.ledgerIn': {
    one: '{count} figure from this page is in your ledger.',
    other: '{count} figures from this page are in your ledger.',
  },
  'popup.ledgerNoFigures': 'This page has no figure to keep.',
  'popup.ledgerInStore': 'This article is in your store already.',
  'popup.ledgerNothing': 'Nothing from this page is in your ledger.',
  'popup.ledgerSave': 'Save this page’s figures',
  'popup.ledgerSaving': 'Saving…',
  'popup.ledgerConsent': 'Keep the figures of coverage pages I read (on this computer only)',
  'popup.ledgerKeepSite': 'Keep pages of {site}',
  'popup.ledgerSaveFailed': 'This page could not be saved. Reload it and try again.',

  'reader.opening': 'Opening the document…',
  'reader.title': 'Crosstally reader',
  'reader.pageTitle': '{document} – Crosstally reader',
  'reader.noDocument': 'No document was named in this address.',
  'reader.kicker': 'Stored document',
  'reader.outlet': 'Outlet: {outlet}',
  'reader.outletNotNamed': 'not named',
  'reader.published': ' · published {date}',
  'reader.language': ' · language: {language}',
  'reader.highlighted': 'Highlighted: {figure}, claimed by ',
  'reader.figure': '{what}: {value}',
  'reader.missing': 'The text of this document is not in your store.',
  'reader.figures': 'Figures stored from this document',

  'error.forbidden': 'Requests are answered only for Crosstally itself.',
  'error.badRequest': 'Unknown request type.',
  'error.internal': 'Something went wrong in Crosstally’s claim store. Nothing was changed.',

  'settings.language': 'Language',
  'settings.languageHint': 'The language of Crosstally’s own words. Quotes stay as their outlets wrote them.',
  'settings.followBrowser': 'Follow the browser ({language})',
} as const;

type English = typeof en;
export type MessageKey = keyof English;
/** Keys of plain messages (t). */
export type TextKey = { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey];
/** Keys of counted messages (tn). */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** What every other language's catalog must be: the same keys, plain where English is plain. */
export type Catalog = {
  readonly [K in MessageKey]: English[K] extends string ? string : import('../types').PluralForms;
};
