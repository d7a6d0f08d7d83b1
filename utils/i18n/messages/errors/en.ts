/**
 * English: the errors the store and the background report, and the reasons of a bad field. The
 * store throws a key and its parameters (utils/store/errors.ts); its English message is filled
 * from here (../../error-messages.ts), and the UI renders the key in the reader's language.
 * A reason ("error.issue.*") follows a field's path: "claims[3].value: expected number, received string".
 * The zod reasons keep zod's own English words and its type names (number, string, object…),
 * which are JSON's terms, the words of the file the reader fixes.
 */
export const enErrors = {
  'error.quota': 'The browser refused to store more data (storage full). Nothing was changed.',
  'error.internal': 'Something went wrong in Crosstally’s claim store. Nothing was changed.',
  /** A failure in the page itself, not in the store. */
  'error.page': 'Something went wrong on this page. Nothing was changed.',
  'error.noAnswer': 'Crosstally’s background did not answer. Try reloading the page.',
  'error.unreachable': 'Crosstally’s background could not be reached. Try reloading the page.',
  'error.forbidden': 'Requests are answered only for Crosstally itself.',
  'error.badRequest': 'Unknown request type.',
  'error.pagesOnly': '"{type}" may be asked only from Crosstally’s own pages.',
  /** {issue}: the request's first bad field, as a line of the issues. */
  'error.malformedRequest': 'Malformed "{type}" request: {issue}',

  'error.claimNotFound': 'No claim "{id}" in the store.',
  'error.sourceNotFound': 'No source "{id}" in the store.',
  'error.restoreSourceGone': 'The claim\'s source "{id}" is no longer in the store.',
  'error.undoGone': 'That delete can no longer be undone.',
  'error.ledgerFigureGone': 'That figure is not in your reading ledger.',
  'error.notSavedDeleted': 'Not saved: the claim was deleted in another tab or window. Nothing was changed.',
  'error.notUndoneDeleted':
    'Not undone: the claim was deleted in another tab or window. Nothing was changed.',
  /** {figure}: the claim's figure as written in its article. */
  'error.notSavedChanged':
    'Not saved: “{figure}” was changed in another tab or window since. Nothing was changed.',
  'error.notUndoneChanged':
    'Not undone: “{figure}” was changed in another tab or window since. Nothing was changed.',
  'error.invalidClaim': 'Invalid claim: {issue}',
  'error.invalidSource': 'Invalid source: {issue}',
  'error.invalidArticle': 'Invalid article: {issue}',
  'error.invalidChanges': 'Invalid changes: {issue}',

  'error.importCancelled': 'The import was cancelled: the store is as it was before.',
  'error.packTooLarge':
    'This file is {size} MB; claim packs of up to {limit} MB are read. Split it into smaller packs.',
  'error.uploadTooLarge':
    'This file is over {size} MB; claim packs of up to {limit} MB are read. Split it into smaller packs.',
  /** {detail}: the JSON parser's own words in brackets, or nothing. */
  'error.notJson': 'This file is not JSON, so it is not a claim pack.',
  'error.notJsonAt':
    'This file is not JSON, so it is not a claim pack (the first error is at line {line}, column {column}).',
  'error.notAnObject': 'This file is not a Crosstally claim pack (expected a JSON object).',
  'error.wrongFormat': 'This file is not a Crosstally claim pack (format: expected "{format}").',
  /** {versions}: the readable versions as a list ("1 and 2"). */
  'error.wrongVersion': 'This claim pack has version {seen}; this Crosstally reads versions {versions}.',
  'error.invalidPack': 'The claim pack has {count} invalid field(s): {issue}',
  /** {names}: the sources whose text is wrong, each in quotes. */
  'error.textsMisplaceClaim':
    'The text of {names} does not hold a claim where the claims say; nothing was imported.',
  'error.textsMisplaceClaims':
    'The text of {names} does not hold {count} claims where the claims say; nothing was imported.',
  'error.uploadPart': 'Part {index} of a {count}-part upload.',
  'error.uploadIncomplete':
    'The file did not reach Crosstally’s store in full (it may have restarted). Choose the file again.',
  'error.indexTooLarge': 'This pack index is {chars} characters; an index is at most {limit}.',
  'error.indexNotJson': 'This pack index is not JSON.',
  'error.indexInvalid': 'The pack index is not valid: {issue}',
  'error.indexShardTwice': 'The pack index lists {path} twice.',
  'error.indexClaimCount': 'The pack index says {listed} claims but its shards hold {held}.',

  'error.subOtherKey': 'The pack is signed by another key ({key}) than the one you gave.',
  'error.subNothingToPreview': 'The host sent nothing to preview.',
  'error.subAlready': 'You are already subscribed to this pack.',
  'error.subKeyChangedMeanwhile': 'The pack changed its signing key while you were subscribing; try again.',
  'error.subRemoved': 'No such subscription (it was removed).',
  'error.subNoSuch': 'No such subscription.',
  'error.subNoNewKey': 'There is no new key to accept.',
  'error.subNewKey': 'The publisher signs with a new key. Nothing is updated until you accept it.',
  'error.subUpToDate': 'Up to date: nothing changed since the last update.',
  /** A refresh's outcome (not an error), kept here with the other sentences the background writes. */
  'error.subUpdated': 'Updated: {count} changed part(s) fetched.',
  /** Downloading a pack's file ({url}: the file's address). */
  'error.fetchTimeout': '{url} did not answer within {seconds} s.',
  'error.fetchUnfinished': '{url} did not finish within {seconds} s.',
  'error.fetchOffline':
    '{url} could not be reached (the browser is offline, the host is down, or it does not let Crosstally read it).',
  'error.fetchBrokeOff': '{url} broke off while downloading.',
  'error.fetchRedirect': '{url} redirects to another site ({origin}); not followed.',
  'error.fetchNotFound': '{url} is not there (HTTP {status}).',
  'error.fetchHttp': '{url} answered HTTP {status}.',
  'error.fetchTooLarge': '{url} is larger than {size} MB; it was not read.',
  'error.fetchMissing': '{url} is not there.',
  'error.fetchShardMissing': 'Shard {path} is not there.',
  'error.fetchUnreadable': '{url} is too large to read.',
  /** Signatures and keys ({prefix}: the key line's fixed start; {format}: the signature file's format name). */
  'error.sigMalformedKey':
    'Not a Crosstally public key: expected one line "{prefix}" followed by 43 characters.',
  'error.sigNotPrivateKey': 'Not an Ed25519 private key (expected a JWK with kty OKP, crv Ed25519).',
  'error.sigPrivateKeyUnreadable': 'The private key file could not be read as an Ed25519 key.',
  'error.sigKeyFile': '{path} is not a key file written by "pack keygen".',
  'error.sigNotJson': 'The signature file is not JSON.',
  'error.sigWrongFormat': 'The signature file is not a {format} (version 1, Ed25519).',
  'error.sigIncomplete': 'The signature file lacks its publicKey or signature.',
  'error.sigNotBytes': 'The signature is not 64 bytes of base64url.',
  'error.sigKeyMismatch':
    'The pack is signed by a different key than the publisher key given: it may not come from that publisher.',
  'error.sigBad':
    'The signature does not match the file: it was changed after signing, or signed by another key.',
  'error.sigMissing': 'There is no signature ({url}) beside the pack: it is not signed by the key you trust.',
  'error.sigShardDigest': 'Shard {path} does not match its digest in the index.',
  'error.urlNotWeb': 'That is not a web address (expected https://…).',
  'error.urlCredentials': 'Addresses with a user name or password are not accepted.',
  'error.urlNotHttps': 'Packs are fetched over https only (http only from this computer: localhost).',

  /** Words not ours to translate (a parser's, or a text quoted from elsewhere). */
  'error.issue.text': '{text}',
  'error.issue.andMore': '…and {count} more',
  'error.issue.invalidType': 'expected {expected}, received {received}',
  'error.issue.expectedValue': 'expected {value}',
  'error.issue.expectedOneOf': 'expected one of {values}',
  /** {limit}: a bound with its comparison, as zod writes it ("<=500", ">=1", "exactly 64"). */
  'error.issue.tooLong': 'too big: expected string to have {limit} characters',
  'error.issue.tooShort': 'too small: expected string to have {limit} characters',
  'error.issue.tooManyItems': 'too big: expected array to have {limit} items',
  'error.issue.tooFewItems': 'too small: expected array to have {limit} items',
  'error.issue.tooBig': 'too big: expected {origin} to be {limit}',
  'error.issue.tooSmall': 'too small: expected {origin} to be {limit}',
  'error.issue.pattern': 'invalid string: must match pattern {pattern}',
  'error.issue.unknownKey': 'unrecognized key: {keys}',
  'error.issue.unknownKeys': 'unrecognized keys: {keys}',
  'error.issue.invalid': 'invalid input',
  'error.issue.id':
    'expected an id: a letter or digit, then letters, digits and . _ : # @ / + ~ = % & ? - (not a built-in name such as "constructor")',
  'error.issue.isoDate': 'expected an ISO date (YYYY-MM-DD)',
  'error.issue.day': 'expected a day as YYYY-MM-DD',
  'error.issue.httpUrl': 'expected an http(s) URL',
  'error.issue.period':
    'expected a period in ISO 8601 notation: a day (2020-09-27), a month (2016-04), a year (2020) or an interval of two (2020-09-27/2020-10-10, 1988/1994)',
  /** A reason named by its claim's id as well, so a reader fixing a file by hand finds the claim. */
  'error.issue.ofClaim': '{reason} (claim "{id}")',
  'error.issue.rangeBackwards': 'the range ends before it starts',
  'error.issue.noSourceInPack': 'no source "{id}" in the pack',
  'error.issue.noSourceInStore': 'no source "{id}" in the store',
  'error.issue.offsetsOutsideQuote': 'figure offsets fall outside the quote',
  'error.issue.endBeforeStart': 'end comes before start',
  /** {list}: "sources" or "claims", the pack's field, as written in the file. */
  'error.issue.duplicateId': 'duplicate id "{id}" (first at {list}[{first}])',
  'error.issue.figureNotInQuote': 'not found in the quote; copy the words of the figure from it',
  'error.issue.alreadyStored': 'this figure of this metric is already stored for the source; edit it instead',
  'error.issue.figureOutsideText': 'the figure falls outside the text',
  'error.issue.sentenceMissesFigure': 'the sentence does not hold the figure',
  'error.issue.claimGone': 'claim "{id}" is no longer in the store',
  'error.issue.anchorMoved': 'claim "{id}" expects {exact} at {start}–{end}; the text has {found} there',
  'error.issue.anchorPrefix': 'claim "{id}": the words before {exact} are not its selector’s prefix {prefix}',
  'error.issue.anchorSuffix': 'claim "{id}": the words after {exact} are not its selector’s suffix {suffix}',
  'error.issue.inStoredText': '{reason} (the stored text of "{source}")',
  /** {versions}: the readable versions as a list of alternatives ("1 or 2"). */
  'error.issue.version': 'expected {versions}, received {seen}',
  'error.issue.selectionOutside': 'the selection falls outside its context',
  'error.issue.versionPerId': 'needs one version per id',
  'error.issue.shardFileName': 'expected a file name beside the index, ending in .json',
  'error.issue.sha256': 'expected a hex SHA-256 digest',
} as const;

export type ErrorKey = keyof typeof enErrors;

/** What every other language's error part must be: the same keys, each a sentence. */
export type ErrorCatalog = { readonly [K in ErrorKey]: string };
