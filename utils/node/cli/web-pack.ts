/** The CLI's `--pack`: a claim pack from article files, ready to import. */
import { basename } from 'node:path';
import type { CoverageInput, Figure } from '../../engine/types';
import { buildClaimPack } from '../../store/claim-pack/build';
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { Source } from '../../store/types';

export function buildWebClaimPack(
  docs: { path: string; input: CoverageInput; figures: Figure[] }[],
  now: number = Date.now(),
): ClaimPack {
  return buildClaimPack(
    docs.map(({ path, input, figures }) => {
      const source: Source = {
        id: basename(path),
        label: input.title?.trim() || basename(path),
        outlet: null,
        url: null,
        language: input.lang ?? 'en',
        publishedDate: null,
        kind: 'import',
        segments: [{ title: input.title?.trim() || basename(path), start: 0, end: input.text.length }],
      };
      return { source, text: input.text, figures };
    }),
    { origin: 'import', createdAt: now, generatedBy: 'crosstally extract --pack' },
  );
}
