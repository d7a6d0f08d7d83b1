// @vitest-environment happy-dom
import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createOverlayHost,
  OVERLAY_TAG,
  type OverlayOpenOptions,
} from '../../../utils/content/overlay-mount';
import type { AnchorRect } from '../../../utils/overlay/position';
import { helicopterReports, pageFigure } from '../../components/overlay-fixtures';

const linker = { readerUrl: () => null };
let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<p>Forces downed <button id="mark">4 helicopters</button> today.</p>';
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setup(shadowMode: ShadowRootMode = 'open') {
  const overlay = createOverlayHost(
    { signal: controller.signal, doc: document, shadowMode },
    { linker, css: '.ct-root{color:red}' },
  );
  const onClose = vi.fn();
  let anchor: AnchorRect | null = { top: 100, left: 50, width: 40, height: 20 };
  const options: OverlayOpenOptions = {
    anchor: () => anchor,
    pageFigure,
    content: { status: 'ready', reports: helicopterReports() },
    onClose,
  };
  const hosts = () => document.querySelectorAll(OVERLAY_TAG);
  const shadow = () => (hosts()[0] as HTMLElement | undefined)?.shadowRoot ?? null;
  const setAnchor = (rect: AnchorRect | null) => {
    anchor = rect;
  };
  /** An element of the overlay; fails the test when it is missing. */
  const part = (selector: string): HTMLElement => {
    const element = shadow()?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`no ${selector} in the overlay`);
    return element;
  };
  return { overlay, onClose, options, hosts, shadow, setAnchor, part };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('createOverlayHost', () => {
  it('adds one host to documentElement, with the stylesheet inside its shadow root', () => {
    const { overlay, options, hosts, shadow } = setup();
    expect(hosts()).toHaveLength(0);
    overlay.open(options);
    overlay.open(options);
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.hasAttribute('data-crosstally-ui')).toBe(true);
    expect(shadow()?.querySelector('style')?.textContent).toBe('.ct-root{color:red}');
    expect(shadow()?.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('hides its content from page scripts by default (closed shadow root)', () => {
    const { overlay, options, hosts } = setup('closed');
    overlay.open(options);
    const host = hosts()[0] as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('re-attaches its host when the page removed it', () => {
    const { overlay, options, hosts } = setup();
    overlay.open(options);
    (hosts()[0] as HTMLElement).remove();
    overlay.open(options);
    expect(hosts()).toHaveLength(1);
  });

  it('tells the replaced overlay why it closed when another figure opens', () => {
    const { overlay, options } = setup();
    const first = vi.fn();
    overlay.open({ ...options, onClose: first });
    overlay.open(options);
    expect(first).toHaveBeenCalledWith('replaced');
    expect(overlay.isOpen()).toBe(true);
  });

  it('closes on Esc and puts focus back on what the reader was on', async () => {
    const { overlay, options, onClose, shadow, part } = setup();
    const mark = document.getElementById('mark') as HTMLElement;
    mark.focus();
    overlay.open(options);
    const heading = part('h2');
    await waitFor(() => expect(shadow()?.activeElement).toBe(heading));
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onClose).toHaveBeenCalledWith('escape');
    expect(overlay.isOpen()).toBe(false);
    expect(shadow()?.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('calls restoreFocus instead when given', async () => {
    const { overlay, options, shadow, part } = setup();
    const restoreFocus = vi.fn();
    overlay.open({ ...options, restoreFocus });
    await waitFor(() => expect(shadow()?.activeElement?.tagName).toBe('H2'));
    part('.ct-close').click();
    expect(restoreFocus).toHaveBeenCalledOnce();
  });

  it('closes on a pointer outside, not on one inside', () => {
    const { overlay, options, onClose, part } = setup();
    overlay.open(options);
    const inside = part('mark');
    inside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.isOpen()).toBe(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(onClose).toHaveBeenCalledWith('outside');
    expect(overlay.isOpen()).toBe(false);
  });

  it('keeps keys typed in the overlay away from the page’s shortcuts', () => {
    const { overlay, options, part } = setup();
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    overlay.open(options);
    const link = part('a');
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageShortcut).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageShortcut);
  });

  it('places the dialog below the figure and follows it on scroll', async () => {
    const { overlay, options, setAnchor, part } = setup();
    overlay.open(options);
    const frame = part('.ct-frame');
    expect(frame.dataset.positioned).toBe('true');
    expect(frame.dataset.placement).toBe('below');
    expect([frame.style.top, frame.style.left]).toEqual(['128px', '50px']);
    setAnchor({ top: 40, left: 60, width: 40, height: 20 });
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect([frame.style.top, frame.style.left]).toEqual(['68px', '60px']);
  });

  it('corrects for a host moved by a transformed page root', () => {
    const { overlay, options, hosts, part } = setup();
    overlay.open(options);
    const host = hosts()[0] as HTMLElement;
    vi.spyOn(host, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -30, 0, 0));
    overlay.open(options);
    const frame = part('.ct-frame');
    expect(frame.style.top).toBe('158px');
  });

  it('closes when the figure is gone from the page', async () => {
    const { overlay, options, onClose, setAnchor } = setup();
    overlay.open(options);
    setAnchor(null);
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(onClose).toHaveBeenCalledWith('anchor-lost');
  });

  it('updates loading to reports without moving focus', async () => {
    const { overlay, options, shadow, part } = setup();
    const session = overlay.open({
      ...options,
      content: { status: 'loading' },
      metricLabel: 'helicopters shot down',
    });
    await waitFor(() => expect(shadow()?.activeElement?.tagName).toBe('H2'));
    const close = part('.ct-close');
    close.focus();
    session.update({ status: 'ready', reports: helicopterReports() });
    expect(shadow()?.querySelector('[role="status"]')?.textContent).toBe(
      '3 figures from 3 claimants across 7 reports: 1, 2, 4',
    );
    await nextFrame();
    expect(shadow()?.activeElement).toBe(close);
  });

  it('drops a late answer for a figure the reader has left', () => {
    const { overlay, options, shadow } = setup();
    const first = overlay.open({ ...options, content: { status: 'loading' } });
    const second = overlay.open({ ...options, content: { status: 'loading' } });
    first.update({ status: 'error', message: 'late answer for the first figure' });
    first.close();
    expect(first.isCurrent()).toBe(false);
    expect(second.isCurrent()).toBe(true);
    expect(shadow()?.querySelector('[role="status"]')?.textContent).toMatch(/Looking up/);
    second.update({ status: 'error', message: 'store closed' });
    expect(shadow()?.querySelector('[role="status"]')?.textContent).toMatch(/store closed/);
  });

  it('uses the top layer when the browser has popovers', () => {
    const show = vi.fn();
    const hide = vi.fn();
    Object.assign(HTMLElement.prototype, { showPopover: show, hidePopover: hide });
    try {
      const { overlay, options, hosts } = setup();
      overlay.open(options);
      expect((hosts()[0] as HTMLElement).getAttribute('popover')).toBe('manual');
      expect(show).toHaveBeenCalledOnce();
      overlay.close();
      expect(hide).toHaveBeenCalledOnce();
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'showPopover');
      Reflect.deleteProperty(HTMLElement.prototype, 'hidePopover');
    }
  });

  it('removes everything when its signal aborts, and stays gone', () => {
    const { overlay, options, onClose, hosts } = setup();
    overlay.open(options);
    controller.abort();
    expect(onClose).toHaveBeenCalledWith('destroy');
    expect(hosts()).toHaveLength(0);
    overlay.open(options);
    expect(hosts()).toHaveLength(0);
    expect(overlay.isOpen()).toBe(false);
  });
});
