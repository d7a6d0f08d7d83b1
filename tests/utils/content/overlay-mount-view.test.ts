// @vitest-environment happy-dom
/** The overlay host's other dialogs (the check overlay) and its one-overlay-per-page rule. */
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlayHost, OVERLAY_TAG } from '../../../utils/content/overlay-mount';
import { helicopterReports, pageFigure } from '../../components/overlay-fixtures';

const linker = { readerUrl: () => null };
const anchor = () => ({ top: 100, left: 50, width: 40, height: 20 });
let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

const host = () =>
  createOverlayHost({ signal: controller.signal, doc: document, shadowMode: 'open' }, { linker, css: '' });
const shadowText = (index: number) =>
  (document.querySelectorAll(OVERLAY_TAG)[index] as HTMLElement).shadowRoot?.textContent;

describe('a view in the overlay frame', () => {
  it('is drawn by its owner, again on each redraw, and closes through the close it is given', () => {
    const overlay = host();
    let label = 'Checking…';
    const onClose = vi.fn();
    const session = overlay.openView({
      anchor,
      onClose,
      render: (close) => h('div', { role: 'dialog' }, h('button', { onClick: () => close('button') }, label)),
    });
    expect(shadowText(0)).toBe('Checking…');
    label = 'Checked';
    session.redraw();
    expect(shadowText(0)).toBe('Checked');
    const shadow = (document.querySelector(OVERLAY_TAG) as HTMLElement).shadowRoot as ShadowRoot;
    (shadow.querySelector('button') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledWith('button');
    expect(overlay.isOpen()).toBe(false);
    session.redraw();
    expect(shadowText(0)).toBe('');
  });
});

describe('two hosts in one page', () => {
  it('never show two overlays at once: opening one closes the other', () => {
    const figures = host();
    const checks = host();
    const closedFigure = vi.fn();
    figures.open({
      anchor,
      pageFigure,
      content: { status: 'ready', reports: helicopterReports() },
      onClose: closedFigure,
    });
    expect(figures.isOpen()).toBe(true);
    checks.openView({ anchor, render: () => h('div', { role: 'dialog' }, 'check') });
    expect(closedFigure).toHaveBeenCalledWith('replaced');
    expect([figures.isOpen(), checks.isOpen()]).toEqual([false, true]);
    figures.open({ anchor, pageFigure, content: { status: 'loading' } });
    expect([figures.isOpen(), checks.isOpen()]).toEqual([true, false]);
  });
});
