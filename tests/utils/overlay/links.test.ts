import { describe, expect, it } from 'vitest';
import { readerPath, reportLink } from '../../../utils/overlay/links';
import { report } from '../../components/overlay-fixtures';

const readerUrl = (r: { sourceId: string }) => `chrome-extension://id/${readerPath(r.sourceId, 10, 24)}`;
const sentence = 'Forces shot down 4 helicopters, the ministry said.';

describe('reportLink', () => {
  it('opens a seed document in the reader page, even when it has a url', () => {
    const seed = report({ figure: '4 helicopters', sentence, sourceKind: 'seed', sourceId: 'seed-1' });
    expect(reportLink(seed, readerUrl)).toEqual({
      href: 'chrome-extension://id/reader.html?source=seed-1&start=10&end=24',
      kind: 'reader',
    });
  });

  it('opens a web source at the quote with a text fragment', () => {
    const web = report({ figure: '4 helicopters', sentence, url: 'https://news.example/a' });
    const link = reportLink(web, readerUrl);
    expect(link?.kind).toBe('web');
    expect(link?.href.startsWith('https://news.example/a#:~:text=')).toBe(true);
    expect(link?.href).toContain(',4%20helicopters');
  });

  it('never links a script, data or file url from an imported source', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'not a url']) {
      const imported = report({ figure: '4 helicopters', sentence, sourceKind: 'import', url });
      expect(reportLink(imported, () => null)).toBeNull();
      expect(reportLink(imported, readerUrl)?.kind).toBe('reader');
    }
  });
});

describe('readerPath', () => {
  it('encodes the source id as a query value', () => {
    expect(readerPath('a&b=c d', 0, 5)).toBe('reader.html?source=a%26b%3Dc+d&start=0&end=5');
  });
});
