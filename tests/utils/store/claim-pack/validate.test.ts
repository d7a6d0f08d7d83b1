import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../../utils/engine/types';
import { MAX_PACK_CHARS } from '../../../../utils/limits';
import { buildClaimPack } from '../../../../utils/store/claim-pack/build';
import { parseClaimPackText, validateClaimPack } from '../../../../utils/store/claim-pack/validate';
import type { Source } from '../../../../utils/store/types';
import { fixtureFullPack, fixturePack, must, nth, storeErrorOf } from '../helpers';

describe('claim pack validation', () => {
  it('accepts the fixture pack', () => {
    const pack = fixturePack();
    expect(pack.claims.length).toBeGreaterThan(5);
    expect(pack.sources.map((s) => s.id)).toContain('fx-repost');
  });

  it('refuses text that is not JSON', () => {
    const error = storeErrorOf(() => parseClaimPackText('{"format": "crosstally-claim-pack", '));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not JSON/);
  });

  it('says where a file stops being JSON, by line and column', () => {
    const error = storeErrorOf(() =>
      parseClaimPackText('{\n  "format": "crosstally-claim-pack",\n  oops\n}'),
    );
    expect(error.message).toBe(
      'This file is not JSON, so it is not a claim pack (the first error is at line 3, column 3).',
    );
  });

  it('refuses JSON that is not a claim pack', () => {
    expect(storeErrorOf(() => parseClaimPackText('[1, 2, 3]')).code).toBe('wrong-format');
    expect(storeErrorOf(() => parseClaimPackText('{"format": "other"}')).message).toMatch(
      /not a Crosstally claim pack/,
    );
  });

  it('names the versions it reads when a pack has another', () => {
    const pack = { ...fixtureFullPack(), version: 3 };
    const error = storeErrorOf(() => parseClaimPackText(JSON.stringify(pack)));
    expect(error.code).toBe('wrong-format');
    expect(error.message).toContain('version 3');
    expect(error.issues).toEqual(['version: expected 1 or 2, received 3']);
  });

  it('names the path of every bad field', () => {
    const pack = fixtureFullPack() as unknown as {
      claims: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    pack.claims[3] = { ...pack.claims[3], value: 'two' };
    pack.claims[5] = { ...pack.claims[5], qualifier: 'roughly' };
    pack.sources[1] = { ...pack.sources[1], publishedDate: '27/09/2020' };
    const error = storeErrorOf(() => validateClaimPack(pack));
    expect(error.code).toBe('invalid-pack');
    expect(error.issues).toContain('claims[3].value: expected number, received string');
    expect(error.issues.some((issue) => issue.startsWith('claims[5].qualifier: expected one of'))).toBe(true);
    expect(
      error.issues.some((issue) => issue.startsWith('sources[1].publishedDate: expected an ISO date')),
    ).toBe(true);
    expect(error.message).toContain(`3 invalid field(s): ${error.issues[0]}`);
  });

  it('refuses duplicate ids, naming both places', () => {
    const pack = fixtureFullPack();
    pack.claims.push({ ...nth(pack.claims, 0), value: 9 });
    const error = storeErrorOf(() => validateClaimPack(pack));
    expect(error.issues).toEqual([
      `claims[${pack.claims.length - 1}].id: duplicate id "${nth(pack.claims, 0).id}" (first at claims[0])`,
    ]);
  });

  it('refuses a claim whose source is not in the pack, and offsets outside the quote', () => {
    const pack = fixtureFullPack();
    pack.claims[0] = { ...nth(pack.claims, 0), sourceId: 'nowhere' };
    pack.claims[1] = { ...nth(pack.claims, 1), quoteFigureEnd: nth(pack.claims, 1).quote.length + 1 };
    const error = storeErrorOf(() => validateClaimPack(pack));
    expect(error.issues).toEqual([
      'claims[0].sourceId: no source "nowhere" in the pack',
      'claims[1].quoteFigureEnd: figure offsets fall outside the quote',
    ]);
  });

  it('refuses metric, claimant and source ids named like built-in properties, naming each place', () => {
    for (const bad of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', ' spaced', '']) {
      const pack = fixtureFullPack();
      const claim = nth(pack.claims, 0);
      const source = nth(pack.sources, 0);
      pack.claims[0] = { ...claim, metric: bad, claimant: { id: bad, label: 'x', party: 'other' } };
      pack.sources[1] = { ...nth(pack.sources, 1), id: bad };
      const issues = storeErrorOf(() => validateClaimPack(pack)).issues;
      expect(issues, bad).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^claims\[0\]\.metric: /),
          expect.stringMatching(/^claims\[0\]\.claimant\.id: /),
          expect.stringMatching(/^sources\[1\]\.id: /),
        ]),
      );
      expect(source.id).not.toBe(bad);
    }
  });

  it('accepts the ids Crosstally itself writes', () => {
    const pack = fixtureFullPack();
    const ids = [
      'web:0a1b2c3d4e5f6071',
      'article:0a1b2c3d',
      'user-source:lx2k-abc123',
      'seed_001.txt',
      'toStringy',
    ];
    pack.sources = ids.map((id) => ({ ...nth(pack.sources, 0), id }));
    pack.claims = ids.map((id) => ({
      ...nth(pack.claims, 0),
      id: `${id}#helicopters_downed@33`,
      sourceId: id,
    }));
    delete pack.documents;
    expect(validateClaimPack(pack).claims).toHaveLength(ids.length);
  });

  it('refuses a 300 MB file by its size, before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"crosstally-claim-pack","pad":"${'x'.repeat(300 * 1024 * 1024)}"}`;
    const error = storeErrorOf(() => parseClaimPackText(huge));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/300\.0 MB.*up to 256 MB/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(MAX_PACK_CHARS).toBeLessThan(huge.length);
  });

  it('keeps markup and script in strings as plain text, verbatim', () => {
    const pack = fixtureFullPack();
    const markup = '<img src=x onerror="alert(1)"><script>alert("x")</script> & &amp;';
    pack.sources[0] = { ...nth(pack.sources, 0), label: markup, outlet: '<b>Wire</b>' };
    pack.claims[0] = { ...nth(pack.claims, 0), quote: `${nth(pack.claims, 0).quote}${markup}`, note: markup };
    const parsed = parseClaimPackText(JSON.stringify(pack));
    expect(nth(parsed.sources, 0).label).toBe(markup);
    expect(nth(parsed.sources, 0).outlet).toBe('<b>Wire</b>');
    expect(nth(parsed.claims, 0).quote.endsWith(markup)).toBe(true);
    expect(nth(parsed.claims, 0).note).toBe(markup);
  });

  it('refuses source URLs that are not http(s): a link to javascript: would be live', () => {
    const pack = fixtureFullPack();
    pack.sources[2] = { ...nth(pack.sources, 2), url: 'javascript:alert(document.cookie)' };
    expect(storeErrorOf(() => validateClaimPack(pack)).issues).toEqual([
      'sources[2].url: expected an http(s) URL',
    ]);
  });

  it('defaults origin, times and source kind of hand-written packs', () => {
    const pack = fixtureFullPack() as unknown as {
      claims: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    const { origin: _o, createdAt: _c, updatedAt: _u, ...bare } = nth(pack.claims, 0);
    const { kind: _k, segments: _s, ...bareSource } = nth(pack.sources, 0);
    pack.claims[0] = bare;
    pack.sources[0] = bareSource;
    const parsed = validateClaimPack(pack);
    expect(nth(parsed.claims, 0).origin).toBeUndefined();
    expect(nth(parsed.sources, 0).kind).toBe('import');
    expect(nth(parsed.sources, 0).segments).toEqual([]);
  });
});

describe('buildClaimPack', () => {
  const text =
    'Fighting resumed on Sunday near the line of contact. Armenia said it shot down two Azerbaijani helicopters in the morning. The 1988-94 war killed about 30,000 people.';
  const source: Source = {
    id: 'doc-1',
    label: 'Test article',
    outlet: 'Test Outlet',
    url: null,
    language: 'en',
    publishedDate: '2020-09-27',
    kind: 'seed',
    segments: [],
  };
  function figure(phrase: string, sentence: string, fields: Partial<Figure>): Figure {
    const start = text.indexOf(phrase);
    const sentenceStart = text.indexOf(sentence);
    return {
      value: 2,
      qualifier: 'exact',
      text: phrase,
      start,
      end: start + phrase.length,
      metric: 'helicopters_downed',
      side: 'AZ',
      claimant: { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' },
      period: null,
      sentence,
      sentenceStart,
      ...fields,
    };
  }
  const helicopters = figure(
    'two Azerbaijani helicopters',
    'Armenia said it shot down two Azerbaijani helicopters in the morning.',
    { period: '2020-09-27' },
  );
  const warDeaths = figure('about 30,000 people', 'The 1988-94 war killed about 30,000 people.', {
    metric: 'deaths',
    period: '1988/1994',
    value: 30000,
    qualifier: 'about',
    side: null,
    claimant: null,
  });
  const opts = { origin: 'seed' as const, createdAt: 1000, generatedBy: 'test' };

  it('turns a figure into a claim anchored in its sentence and its source', () => {
    const pack = buildClaimPack([{ source, text, figures: [helicopters] }], opts);
    const claim = nth(pack.claims, 0);
    expect(claim.id).toBe(`doc-1#helicopters_downed@${helicopters.start}`);
    expect(claim.quote).toBe(helicopters.sentence);
    expect(claim.quote.slice(claim.quoteFigureStart, claim.quoteFigureEnd)).toBe(
      'two Azerbaijani helicopters',
    );
    expect(claim.selector).toEqual({
      exact: 'two Azerbaijani helicopters',
      prefix: text.slice(helicopters.start - 32, helicopters.start),
      suffix: text.slice(helicopters.end, helicopters.end + 32),
    });
    expect(claim.selector.prefix).toHaveLength(32);
    expect(claim.period).toBe('2020-09-27');
    expect(claim.claimant?.id).toBe('arm_mod');
    expect(claim).toMatchObject({ origin: 'seed', createdAt: 1000, updatedAt: 1000, sourceId: 'doc-1' });
    expect(() => validateClaimPack(pack)).not.toThrow();
  });

  it('keeps the period the engine read: an era for a past war, unknown as unknown', () => {
    const pack = buildClaimPack([{ source, text, figures: [warDeaths] }], opts);
    expect(nth(pack.claims, 0).period).toBe('1988/1994');
    expect(nth(pack.claims, 0).selector.suffix).toBe('.');
    const undated = buildClaimPack([{ source, text, figures: [{ ...helicopters, period: null }] }], opts);
    expect(nth(undated.claims, 0).period).toBeNull();
  });

  it('gives the same ids for the same input, and stores a figure found twice once', () => {
    const first = buildClaimPack([{ source, text, figures: [helicopters, warDeaths, helicopters] }], opts);
    const second = buildClaimPack([{ source, text, figures: [helicopters, warDeaths] }], {
      ...opts,
      createdAt: 5,
    });
    expect(first.claims.map((c) => c.id)).toEqual(second.claims.map((c) => c.id));
    expect(first.claims).toHaveLength(2);
  });

  it('carries document texts only when asked', () => {
    expect(buildClaimPack([{ source, text, figures: [] }], opts).documents).toBeUndefined();
    const withText = buildClaimPack([{ source, text, figures: [] }], { ...opts, includeText: true });
    expect(withText.documents).toEqual([{ sourceId: 'doc-1', text }]);
  });

  it('wrote a fixture whose quotes and selectors match its documents', () => {
    const pack = fixtureFullPack();
    const texts = new Map(must(pack.documents).map((d) => [d.sourceId, d.text]));
    for (const claim of pack.claims) {
      const doc = must(texts.get(claim.sourceId));
      expect(doc.slice(claim.start, claim.end)).toBe(claim.selector.exact);
      expect(claim.quote.slice(claim.quoteFigureStart, claim.quoteFigureEnd)).toBe(claim.selector.exact);
      expect(doc.slice(0, claim.start).endsWith(claim.selector.prefix)).toBe(true);
      expect(doc.slice(claim.end).startsWith(claim.selector.suffix)).toBe(true);
    }
  });
});
