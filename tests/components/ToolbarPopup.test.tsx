// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToolbarPopup, type ToolbarPopupProps } from '../../components/ToolbarPopup';
import type { CoverageResult } from '../../utils/engine/types';
import type { PopupFigure } from '../../utils/messaging/tab-view';
import { armMod } from './overlay-fixtures';

const coverage: CoverageResult = {
  isCoverage: true,
  score: 11,
  evidence: [
    { cue: 'Azerbaijan', kind: 'context', where: 'body', count: 5, weight: 2 },
    { cue: 'Karabakh', kind: 'core', where: 'title', count: 1, weight: 6 },
    { cue: 'ukraine', kind: 'negative', where: 'body', count: 2, weight: -3 },
  ],
};

const figures: PopupFigure[] = [
  {
    id: 'f1',
    text: '4 helicopters',
    metricLabel: 'helicopters shot down',
    side: 'AZ',
    claimant: armMod,
    reportCount: 6,
  },
  { id: 'f2', text: '1 drone', metricLabel: 'drones shot down', side: null, claimant: null, reportCount: 1 },
];

function renderPopup(over: Partial<ToolbarPopupProps> = {}) {
  const props: ToolbarPopupProps = {
    status: { kind: 'coverage', coverage, figureCount: 2 },
    figures,
    onSelectFigure: vi.fn(),
    site: { hostname: 'news.example', enabled: true },
    onSiteToggle: vi.fn(),
    managerUrl: 'chrome-extension://id/manager.html',
    ...over,
  };
  return { ...render(<ToolbarPopup {...props} />), props };
}

afterEach(cleanup);

describe('ToolbarPopup', () => {
  it('says the page is coverage and why, strongest cue first', () => {
    renderPopup();
    expect(screen.getByText(/^Nagorno-Karabakh coverage/).textContent).toBe(
      'Nagorno-Karabakh coverage: 2 figures with reports in your store.',
    );
    expect(screen.getByText(/^Why:/).textContent).toBe(
      'Why: Karabakh in title, Azerbaijan ×5, against: ukraine ×2',
    );
  });

  it('says why a page is not coverage and lists no figures', () => {
    renderPopup({ status: { kind: 'not-coverage', coverage: { ...coverage, isCoverage: false, score: 2 } } });
    expect(screen.getByText(/^Not Nagorno-Karabakh coverage/).textContent).toContain('score 2');
    expect(screen.queryByRole('list', { name: 'Figures on this page' })).toBeNull();
  });

  it('lists the figures; a click asks to show that one', () => {
    const { props } = renderPopup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      "4 helicoptersAzerbaijani helicopters shot downArmenia's Ministry of Defence · 6 reports",
      '1 droneDrones shot downno claimant named · 1 report',
    ]);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(props.onSelectFigure).toHaveBeenCalledWith('f2');
  });

  it('turns marking off for the site', () => {
    const { props } = renderPopup();
    const toggle = screen.getByRole('switch', { name: 'Mark figures on news.example' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(props.onSiteToggle).toHaveBeenCalledWith(false);
  });

  it('has no switch on pages it does not run on, and always links the manager', () => {
    renderPopup({ status: { kind: 'unsupported' }, site: null });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(
      screen.getByText(/^Crosstally does not run on this page\. If it is a web page opened before/),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the store manager' });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/manager.html');
  });

  it('keeps markup in figure text inert', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = renderPopup({ figures: [{ ...figures[0], id: 'e', text: evil } as PopupFigure] });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(evil).tagName).toBe('STRONG');
  });

  it('has no accessibility violations that axe can find without layout', async () => {
    const { container } = renderPopup();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the status of a page longer than Crosstally reads', () => {
  it('says where marking stopped', () => {
    renderPopup({ status: { kind: 'coverage', coverage, figureCount: 2, markedChars: 20_000_000 } });
    expect(screen.getByText(/marking stopped after its first 20,000,000 characters/)).toBeTruthy();
  });

  it('says nothing of the kind when the whole page was read', () => {
    renderPopup();
    expect(screen.queryByText(/marking stopped/)).toBeNull();
  });
});
