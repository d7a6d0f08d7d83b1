/**
 * The hand-labelled fixtures themselves (seed corpus and held-out texts): every
 * label locates its figure unambiguously and uses ids the topic pack knows, and
 * the seed manifest's segments tile each document. A wrong label would make the
 * engine tests wrong, so the labels are tested too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../assets/seeds/manifest.json';
import { defaultPackData } from '../../../utils/engine/topic-pack';
import heldout from '../../fixtures/heldout/labels.json';
import seedLabels from '../../fixtures/seed-figures.json';
import type { FigureLabel } from './label-matching';

const METRICS = new Set(defaultPackData.metrics.map((m) => m.id));
const CLAIMANTS = new Set(defaultPackData.claimants.map((c) => c.id));
const QUALIFIERS = new Set(['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague']);

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

function wholeWordCount(haystack: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (haystack.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
}

function labelProblems(text: string, label: FigureLabel): string[] {
  const problems: string[] = [];
  if (occurrences(text, label.context) !== 1) problems.push('context does not occur exactly once');
  if (wholeWordCount(label.context, label.number) !== 1) problems.push('number is not once in its context');
  if (!QUALIFIERS.has(label.qualifier)) problems.push(`unknown qualifier ${label.qualifier}`);
  if ((label.value === null) !== (label.qualifier === 'vague'))
    problems.push('value is null exactly when vague');
  if (!METRICS.has(label.metric)) problems.push(`unknown metric ${label.metric}`);
  if (!['AZ', 'ARM', null].includes(label.side)) problems.push(`bad side ${label.side}`);
  if (label.claimant !== null && !CLAIMANTS.has(label.claimant))
    problems.push(`unknown claimant ${label.claimant}`);
  return problems.map((p) => `"${label.context}": ${p}`);
}

const sets = [
  {
    name: 'seed corpus',
    dir: new URL('../../../assets/seeds/', import.meta.url),
    documents: seedLabels.documents,
  },
  {
    name: 'held-out texts',
    dir: new URL('../../fixtures/heldout/', import.meta.url),
    documents: heldout.documents,
  },
];

describe.each(sets)('labels of the $name', ({ dir, documents }) => {
  it('label every text file once', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(documents.map((d) => d.id).sort()).toEqual(files.sort());
  });

  it('locate each figure unambiguously with known ids', () => {
    const problems = documents.flatMap((doc) => {
      const text = readFileSync(new URL(doc.id, dir), 'utf8');
      return (doc.figures as FigureLabel[]).flatMap((label) =>
        labelProblems(text, label).map((p) => `${doc.id} ${p}`),
      );
    });
    expect(problems).toEqual([]);
  });
});

describe('seed manifest', () => {
  it('has segments that tile each document from start to end', () => {
    for (const entry of manifest) {
      const text = readFileSync(new URL(`../../../assets/seeds/${entry.id}`, import.meta.url), 'utf8');
      let at = 0;
      for (const segment of entry.segments) {
        expect(segment.start, `${entry.id} ${segment.title}`).toBe(at);
        at = segment.end;
      }
      expect(at, entry.id).toBe(text.length);
      expect(entry.outlet, 'no seed text names its outlet').toBeNull();
    }
  });

  it('splits the two-article document at its second headline', () => {
    const two = manifest.find((m) => m.id.startsWith('001_'));
    const text = readFileSync(new URL(`../../../assets/seeds/${two?.id}`, import.meta.url), 'utf8');
    expect(two?.segments).toHaveLength(2);
    expect(text.slice(two?.segments[1]?.start).trimStart()).toMatch(
      /^Azerbaijan – Armenia conflict: Putin calls/,
    );
  });
});
