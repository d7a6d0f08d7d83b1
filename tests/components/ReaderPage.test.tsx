// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ReaderPage, type ReaderState } from '../../components/ReaderPage';
import type { Claim, SeedDocument } from '../../utils/store/types';

const TEXT = [
  'Fighting flared around Nagorno-Karabakh on Sunday.',
  "Armenia's defence ministry said it shot down two Azerbaijani helicopters. Azerbaijan denied it.",
  "Azerbaijan's defence ministry said one of its helicopters was lost.",
].join('\n');

function claim(id: string, figure: string, value: number, claimantLabel: string, party: 'ARM' | 'AZ'): Claim {
  const start = TEXT.indexOf(figure);
  const sentenceStart = TEXT.lastIndexOf('\n', start) + 1;
  const sentenceEnd = TEXT.indexOf('.', start) + 1;
  const quote = TEXT.slice(sentenceStart, sentenceEnd);
  return {
    id,
    metric: 'helicopters_downed',
    value,
    qualifier: 'exact',
    side: 'AZ',
    claimant: { id: `${party}_mod`, label: claimantLabel, party },
    sourceId: 'doc',
    quote,
    quoteFigureStart: start - sentenceStart,
    quoteFigureEnd: start - sentenceStart + figure.length,
    selector: { exact: figure, prefix: '', suffix: '' },
    start,
    end: start + figure.length,
    period: '2020-09-27',
    origin: 'seed',
    createdAt: 0,
    updatedAt: 0,
  };
}

const claims = [
  claim('c-two', 'two Azerbaijani helicopters', 2, "Armenia's Ministry of Defence", 'ARM'),
  claim('c-one', 'one of its helicopters', 1, "Azerbaijan's Ministry of Defence", 'AZ'),
];

const document_: SeedDocument = {
  source: {
    id: 'doc',
    label: 'English repost, outlet not named',
    outlet: null,
    url: null,
    language: 'en',
    publishedDate: '2020-09-27',
    kind: 'seed',
    segments: [],
  },
  text: TEXT,
  claims,
};

function renderReader(state: ReaderState) {
  return render(<ReaderPage state={state} metricLabel={() => 'helicopters shot down'} />);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ReaderPage', () => {
  it('shows the document with every stored figure marked', () => {
    const { container } = renderReader({ status: 'ready', document: document_, claimId: null, span: null });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('English repost, outlet not named');
    expect(screen.getByText(/Outlet: not named/)).toBeTruthy();
    const marks = [...container.querySelectorAll('article mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['two Azerbaijani helicopters', 'one of its helicopters']);
    expect(container.querySelector('#passage')).toBeNull();
    expect(container.querySelectorAll('article p')).toHaveLength(3);
  });

  it('highlights the requested claim’s sentence, scrolls it into view and focuses it', () => {
    const scrolled = vi.fn();
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = scrolled;
    onTestFinished(() => {
      HTMLElement.prototype.scrollIntoView = original;
    });
    const { container } = renderReader({
      status: 'ready',
      document: document_,
      claimId: 'c-one',
      span: null,
    });
    const passage = container.querySelector<HTMLElement>('#passage');
    expect(passage?.textContent).toBe(claims[1]?.quote);
    expect(passage?.querySelector('mark')?.textContent).toBe('one of its helicopters');
    expect(document.activeElement).toBe(passage);
    expect(scrolled).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    // The header says what is highlighted and who claims it (a claimant, not the outlet).
    expect(screen.getByText(/^Highlighted:/).textContent).toMatch(
      /Azerbaijani helicopters shot down: 1, claimed by Azerbaijan's Ministry of Defence/,
    );
    expect(screen.getByRole('listitem', { current: true }).textContent).toMatch(/: 1/);
  });

  it('highlights a passage given by offsets', () => {
    const start = TEXT.indexOf('Azerbaijan denied');
    const { container } = renderReader({
      status: 'ready',
      document: document_,
      claimId: null,
      span: { start, end: start + 'Azerbaijan denied it.'.length },
    });
    expect(container.querySelector('#passage')?.textContent).toBe('Azerbaijan denied it.');
  });

  it('says so when the store has no text for the document, and shows the quote', () => {
    renderReader({ status: 'ready', document: { ...document_, text: null }, claimId: 'c-two', span: null });
    expect(screen.getByText('The text of this document is not in your store.')).toBeTruthy();
    expect(screen.getByText(claims[0]?.quote ?? '')).toBeTruthy();
  });

  it('shows errors as plain text', () => {
    renderReader({ status: 'error', message: '<b>No source "x" in the store.</b>' });
    expect(screen.getByRole('alert').textContent).toBe('<b>No source "x" in the store.</b>');
  });

  it('has no accessibility violations that axe can find without layout', async () => {
    const { container } = renderReader({
      status: 'ready',
      document: document_,
      claimId: 'c-two',
      span: null,
    });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
