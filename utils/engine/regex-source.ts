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
