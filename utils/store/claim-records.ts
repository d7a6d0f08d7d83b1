/**
 * Completing and comparing claim and source records (pure): packs may leave origin and times out,
 * and "unchanged" must ignore bookkeeping fields.
 */
import type { ClaimInput } from './claim-pack/schema';
import type { Claim, ClaimOrigin, Source } from './types';

type SourceInput = Omit<Source, 'kind' | 'segments'> & Partial<Pick<Source, 'kind' | 'segments'>>;

/** A pack claim made whole: missing origin and times come from the defaults or the stored claim. */
export function completeClaim(
  input: ClaimInput,
  defaults: { origin: ClaimOrigin; now: number; existing?: Claim },
): Claim {
  const { origin, createdAt, updatedAt, editedAt, note, ...content } = input;
  const claim: Claim = {
    ...content,
    origin: origin ?? defaults.origin,
    createdAt: createdAt ?? defaults.existing?.createdAt ?? defaults.now,
    updatedAt: updatedAt ?? defaults.now,
  };
  if (note !== undefined) claim.note = note;
  if (editedAt !== undefined) claim.editedAt = editedAt;
  return claim;
}

export function completeSource(input: SourceInput, kind?: Source['kind']): Source {
  return { ...input, kind: kind ?? input.kind ?? 'import', segments: input.segments ?? [] };
}

/** Whether two claims say the same thing: every field except origin and the times. */
export function sameClaimContent(a: Claim, b: Claim): boolean {
  return canonical(contentOf(a)) === canonical(contentOf(b));
}

export function sameSource(a: Source, b: Source): boolean {
  return canonical(a) === canonical(b);
}

function contentOf(claim: Claim & { words?: unknown }): Partial<Claim> {
  const { origin: _o, createdAt: _c, updatedAt: _u, editedAt: _e, words: _w, ...content } = claim;
  return content;
}

/** JSON with object keys sorted, so field order never makes two equal records differ. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, field]) => field !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
