// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckOverlay, type CheckOverlayProps } from '../../components/CheckOverlay';
import type { ReportLinker } from '../../utils/overlay/links';
import { claimants, figureView, metrics } from './check-fixtures';

const linker: ReportLinker = { readerUrl: () => null };

function renderCheck(over: Partial<CheckOverlayProps> = {}) {
  const props: CheckOverlayProps = {
    view: figureView(),
    linker,
    onClose: vi.fn(),
    onChooseFigure: vi.fn(),
    onPickMetric: vi.fn(),
    onSave: vi.fn(async () => ({ ok: true as const })),
    ...over,
  };
  return { ...render(<CheckOverlay {...props} />), props };
}

afterEach(cleanup);

describe('CheckOverlay', () => {
  it('shows a checked figure as a marked figure’s overlay does, with what is counted and who claims it', () => {
    renderCheck();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Azerbaijani helicopters shot down, 27 Sep 2020',
    );
    expect(screen.getByText(/This page:/).textContent).toBe(
      "This page: 4, claimed by Armenia's Ministry of Defence Armenia",
    );
    expect(screen.getByRole('status').textContent).toBe(
      '3 figures from 3 claimants across 7 reports: 1, 2, 4',
    );
    expect(screen.getByRole('button', { name: 'Add to the claim store' })).toBeDefined();
  });

  it('lets the reader choose among the figures of a selection', () => {
    const { props } = renderCheck({
      view: figureView({ choices: ['4 Azerbaijani helicopters', '15 drones'], chosen: 0 }),
    });
    const choices = screen.getByRole('list', { name: 'Figures in the selection' });
    expect(choices.querySelector('[aria-pressed="true"]')?.textContent).toBe('4 Azerbaijani helicopters');
    fireEvent.click(screen.getByRole('button', { name: '15 drones' }));
    expect(props.onChooseFigure).toHaveBeenCalledWith(1);
  });

  it('gives plain answers as its status, titled for what it is', () => {
    renderCheck({
      view: {
        kind: 'message',
        answer: 'too-long',
        text: 'Select a figure and its sentence; this selection is 50,000 characters.',
      },
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Check this figure');
    expect(screen.getByRole('status').textContent).toBe(
      'Select a figure and its sentence; this selection is 50,000 characters.',
    );
    expect(screen.queryByRole('button', { name: 'Add to the claim store' })).toBeNull();
  });

  it('says plainly when it does not know what a number counts, and offers the nearest metrics', () => {
    const { props } = renderCheck({
      view: {
        kind: 'no-metric',
        numbers: [4],
        candidates: [{ metric: metrics[0] as (typeof metrics)[0], reasons: ['value'], value: 4, claims: 2 }],
        metrics,
        claimants,
        shown: null,
        save: null,
      },
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What does this number count?');
    expect(screen.getByRole('status').textContent).toMatch(
      /^Crosstally does not recognise what this number counts\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'helicopters shot down: 4 stored' }));
    expect(props.onPickMetric).toHaveBeenCalledWith('helicopters_downed');
  });

  it('closes on Escape', () => {
    const { props } = renderCheck();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledWith('escape');
  });

  it('has no accessibility violations that axe can find without layout, form open', async () => {
    const { container } = renderCheck();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the claim store' }));
    await screen.findByRole('form', { name: 'Add to the claim store' });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
