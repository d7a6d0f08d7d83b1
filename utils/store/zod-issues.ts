/**
 * zod's issues as the error catalog's reasons: each keeps its path and gets a key, so the UI says
 * the reason in the reader's language and the English line stays zod's own wording
 * ("claims[3].value: expected number, received string"). Our schemas' own reasons are keys already
 * (their message is a key of messages/errors, params in the issue's `params`). zod's locales are
 * not used: they would translate only zod's generic reasons, fix the language when the background
 * parses rather than when the reader reads, and set a global config the rest of the code shares.
 */
import type { z } from 'zod';
import { type ErrorIssue, type ErrorParams, isErrorKey } from '../i18n/error-messages';

/** `claims[3].value` from ['claims', 3, 'value']; `root` names the whole value ("claim.value"). */
export function formatPath(path: readonly PropertyKey[], root?: string): string {
  let out = root ?? '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'pack';
}

/** A value as zod quotes it: strings in double quotes, the rest as written. */
const quoted = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

type Reason = Pick<ErrorIssue, 'key' | 'params'>;

function sizeReason(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): Reason {
  const big = issue.code === 'too_big';
  const bound = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum;
  const limit = `${issue.exact ? 'exactly ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>'}${bound}`;
  if (issue.origin === 'string')
    return { key: big ? 'error.issue.tooLong' : 'error.issue.tooShort', params: { limit } };
  if (issue.origin === 'array')
    return { key: big ? 'error.issue.tooManyItems' : 'error.issue.tooFewItems', params: { limit } };
  if (issue.origin === 'set' || issue.origin === 'map' || issue.origin === 'file')
    return asText(issue.message);
  return {
    key: big ? 'error.issue.tooBig' : 'error.issue.tooSmall',
    params: { limit, origin: issue.origin ?? 'value' },
  };
}

/** zod's own words for an issue we have no key for, as zod's message ("Invalid input: " dropped). */
function asText(message: string): Reason {
  const text = message.replace(/^Invalid (?:input|option): /, '');
  return { key: 'error.issue.text', params: { text: `${text.charAt(0).toLowerCase()}${text.slice(1)}` } };
}

function reasonOf(issue: z.core.$ZodIssue): Reason {
  if (isErrorKey(issue.message)) {
    const params = (issue as { params?: Record<string, unknown> }).params;
    return { key: issue.message, params: params as ErrorParams | undefined };
  }
  switch (issue.code) {
    case 'invalid_type': {
      // zod keeps the received type only in its message (the input itself is dropped).
      const received = / received (\S+)$/.exec(issue.message)?.[1];
      return received
        ? { key: 'error.issue.invalidType', params: { expected: issue.expected, received } }
        : asText(issue.message);
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? { key: 'error.issue.expectedValue', params: { value: quoted(issue.values[0]) } }
        : { key: 'error.issue.expectedOneOf', params: { values: issue.values.map(quoted).join('|') } };
    case 'too_big':
    case 'too_small':
      return sizeReason(issue);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? { key: 'error.issue.pattern', params: { pattern: issue.pattern } }
        : asText(issue.message);
    case 'unrecognized_keys':
      return {
        key: issue.keys.length > 1 ? 'error.issue.unknownKeys' : 'error.issue.unknownKey',
        params: { keys: issue.keys.map(quoted).join(', ') },
      };
    case 'invalid_union':
      return issue.message === 'Invalid input' ? { key: 'error.issue.invalid' } : asText(issue.message);
    default:
      return issue.message === 'Invalid input' ? { key: 'error.issue.invalid' } : asText(issue.message);
  }
}

/** One reason per issue, each with its path; `root` names the whole value ("claim"). */
export function zodIssues(error: z.ZodError, root?: string): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, root), ...reasonOf(issue) }));
}
