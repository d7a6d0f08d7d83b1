/**
 * Reading a regex's source as text, without compiling it: V8's regex code budget is shared by
 * the whole isolate, so the engine counts groups and checks branches by walking the source.
 */

/**
 * Calls `visit` with each character outside character classes and escapes, and its index; the
 * walk stops when `visit` returns false. Returns whether the source ended inside a class.
 */
export function walkRegexSource(
  source: string,
  visit: (c: string, at: number) => boolean | undefined,
): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (visit(c, i) === false) return inClass;
  }
  return inClass;
}

/**
 * How many capture groups a regex source holds, read from the source: running a regex to count
 * them would compile it, and V8's regex code budget is shared by the whole isolate.
 */
export function captureCount(source: string): number {
  let count = 0;
  walkRegexSource(source, (c, i) => {
    const opensCapture =
      c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3] ?? '=')));
    if (opensCapture) count++;
    return true;
  });
  return count;
}
