import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../utils/node/demo/paths';
import { loadSeedArticles, splitParagraphs } from '../../../../utils/node/demo/seed-articles';

const SEEDS_DIR = path.join(REPO_ROOT, 'assets/seeds');
const tempDirs: string[] = [];

function seedsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosstally-seeds-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadSeedArticles on the real seeds', () => {
  const manifest = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'manifest.json'), 'utf8')) as {
    id: string;
    segments: { title: string; start: number; end: number }[];
  }[];
  const articles = loadSeedArticles(SEEDS_DIR);

  it('makes one article per manifest segment, so a file with two reports gives two pages', () => {
    expect(articles.length).toBe(manifest.reduce((sum, entry) => sum + entry.segments.length, 0));
    const twoPart = manifest.find((entry) => entry.segments.length > 1);
    expect(twoPart).toBeDefined();
    const parts = articles.filter((article) => article.seedId === twoPart?.id);
    expect(parts.map((part) => [part.part, part.partCount])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
  });

  it("carries each segment's exact text and loses no words of it", () => {
    for (const article of articles) {
      const entry = manifest.find((candidate) => candidate.id === article.seedId);
      const segment = entry?.segments[article.part - 1];
      const seedText = readFileSync(path.join(SEEDS_DIR, article.seedId), 'utf8');
      expect(article.text).toBe(seedText.slice(segment?.start, segment?.end));
      const shown = [article.headline, ...article.paragraphs].join(' ').replace(/\s+/g, ' ');
      for (const line of splitParagraphs(article.text)) expect(shown).toContain(line.replace(/\s+/g, ' '));
    }
  });
});

describe('loadSeedArticles without a manifest', () => {
  it('makes one article per .txt file, headed by its first line', () => {
    const dir = seedsFolder({
      '010_a.txt': 'First headline\n\nBody one.\nBody two.',
      '011_b.txt': 'Other headline\nText.',
      'notes.md': 'ignored',
    });
    const articles = loadSeedArticles(dir);
    expect(articles.map((article) => [article.slug, article.headline, article.paragraphs])).toEqual([
      ['seed-010', 'First headline', ['Body one.', 'Body two.']],
      ['seed-011', 'Other headline', ['Text.']],
    ]);
  });
});

describe('loadSeedArticles with a bad manifest', () => {
  it('refuses a segment reaching past the end of its file', () => {
    const dir = seedsFolder({
      '010_a.txt': 'Short text.',
      'manifest.json': JSON.stringify([{ id: '010_a.txt', segments: [{ title: 'T', start: 0, end: 500 }] }]),
    });
    expect(() => loadSeedArticles(dir)).toThrow(/outside the text/);
  });

  it('refuses ids that are paths rather than file names', () => {
    const dir = seedsFolder({
      'manifest.json': JSON.stringify([
        { id: '../../etc/passwd', segments: [{ title: 'T', start: 0, end: 1 }] },
      ]),
    });
    expect(() => loadSeedArticles(dir)).toThrow();
  });
});

describe('splitParagraphs', () => {
  it('splits at line breaks of any style and drops blank lines', () => {
    expect(splitParagraphs('One.\r\n\r\n  Two.  \n\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });
});
