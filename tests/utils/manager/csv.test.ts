import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS, claimPackToCsv, csvCell, toCsv } from '../../../utils/manager/csv';
import { fixtureFullPack } from '../store/helpers';

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('he said "two"')).toBe('"he said ""two"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(30000)).toBe('30000');
  });

  it('keeps formulas from running: = + - @ tab and CR become text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('fine = ok')).toBe('fine = ok');
  });
});

describe('claimPackToCsv', () => {
  it('writes one row per claim, claimant and outlet in their own columns, and reads back', () => {
    const pack = fixtureFullPack();
    pack.claims[0] = {
      ...pack.claims[0]!,
      quote: '=cmd|" /C calc"!A0, said "someone"\nnext line',
      note: '@risk',
    };
    const rows = parseCsv(claimPackToCsv(pack, (metric) => `label of ${metric}`));
    expect(rows[0]).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(pack.claims.length + 1);
    const first = Object.fromEntries(CLAIM_CSV_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(first).toMatchObject({
      claim_id: 'fx-wire#helicopters_downed@26',
      metric_label: 'label of helicopters_downed',
      value: '2',
      claimant: "Armenia's Ministry of Defence",
      claimant_party: 'ARM',
      outlet: 'Example Wire',
      quote: '\'=cmd|" /C calc"!A0, said "someone"\nnext line',
      note: "'@risk",
    });
    const repost = rows.find((row) => row[0] === 'fx-repost#soldiers_killed@130');
    expect(repost?.[3]).toBe('');
    expect(repost?.[9]).toBe('');
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const text = toCsv([
      ['a', 1],
      ['b', null],
    ]);
    expect(text).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});
