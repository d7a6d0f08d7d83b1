// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { attachFigureKeys, DEFAULT_SHORTCUTS, parseShortcut, stepFrom } from '../../../utils/dom/keyboard';
import { createLiveRegion, figureAnnouncement } from '../../../utils/dom/live-region';
import type { Mark } from '../../../utils/dom/types';

describe('stepFrom', () => {
  const ids = ['a', 'b', 'c'];
  test('next and previous wrap around', () => {
    expect(stepFrom(ids, 'c', 'next')).toBe('a');
    expect(stepFrom(ids, 'a', 'previous')).toBe('c');
    expect(stepFrom(ids, 'b', 'next')).toBe('c');
  });
  test('with nothing (or a vanished figure) active, next starts at the first and previous at the last', () => {
    expect(stepFrom(ids, null, 'next')).toBe('a');
    expect(stepFrom(ids, 'gone', 'previous')).toBe('c');
    expect(stepFrom([], null, 'next')).toBeNull();
  });
});

describe('parseShortcut', () => {
  test('reads modifier+key strings into physical key codes', () => {
    expect(parseShortcut('Alt+Shift+N')).toEqual(DEFAULT_SHORTCUTS.next);
    expect(parseShortcut('ctrl + 7')).toEqual({ code: 'Digit7', ctrlKey: true });
    expect(parseShortcut('Hyper+N')).toBeNull();
    expect(parseShortcut('Alt+Enter')).toBeNull();
  });
});

describe('attachFigureKeys', () => {
  let controller: AbortController;
  let active: string | null;
  let marks: Mark[];
  const onStep = vi.fn((mark: Mark, _index: number, _total: number) => {
    active = mark.id;
  });
  const onOpen = vi.fn();

  const press = (target: EventTarget, init: KeyboardEventInit): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
    target.dispatchEvent(event);
    return event;
  };
  const next = (target: EventTarget = document.body) =>
    press(target, { code: 'KeyN', key: 'N', altKey: true, shiftKey: true });
  const previous = (target: EventTarget = document.body) =>
    press(target, { code: 'KeyP', key: 'P', altKey: true, shiftKey: true });

  beforeEach(() => {
    document.body.innerHTML =
      '<p>x</p><input id="field"><div id="editor" contenteditable="true">e</div><button id="btn">b</button>';
    marks = ['first', 'second', 'third'].map((id) => ({ id, range: document.createRange() }));
    active = null;
    onStep.mockClear();
    onOpen.mockClear();
    controller = new AbortController();
    attachFigureKeys({
      doc: document,
      marks: () => marks,
      activeId: () => active,
      onStep,
      onOpen,
      signal: controller.signal,
    });
  });

  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  test('the shortcut steps through figures in order, wrapping, and reports the position', () => {
    expect(next().defaultPrevented).toBe(true);
    next();
    next();
    next();
    expect(onStep.mock.calls.map(([mark, index, total]) => [mark.id, index, total])).toEqual([
      ['first', 0, 3],
      ['second', 1, 3],
      ['third', 2, 3],
      ['first', 0, 3],
    ]);
    previous();
    expect(active).toBe('third');
  });

  test('keys typed into fields or editable areas are left alone', () => {
    const event = next(document.getElementById('field') as Element);
    next(document.getElementById('editor')?.firstChild as Node);
    expect(onStep).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  test('Enter opens the active figure only while nothing else has focus', () => {
    press(document.body, { key: 'Enter', code: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled(); // nothing active yet
    next();
    press(document.body, { key: 'Enter', code: 'Enter' });
    expect(onOpen.mock.calls.map(([mark]) => mark.id)).toEqual(['first']);
    const button = document.getElementById('btn') as HTMLButtonElement;
    button.focus();
    press(button, { key: 'Enter', code: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  test('no figures, no step; after abort, no listener', () => {
    marks = [];
    expect(next().defaultPrevented).toBe(false);
    marks = [{ id: 'only', range: document.createRange() }];
    controller.abort();
    next();
    expect(onStep).not.toHaveBeenCalled();
  });
});

describe('live region', () => {
  test('announces in a shadow root under a host marked as our UI, created on first use', () => {
    vi.useFakeTimers();
    const shadows: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init,
    ) {
      const root = attach.call(this, init);
      shadows.push(root);
      return root;
    });
    const region = createLiveRegion(document);
    expect(document.querySelector('[data-crosstally-ui]')).toBeNull();
    region.announce(figureAnnouncement(1, 7, 'two helicopters'));
    vi.advanceTimersByTime(100);
    const status = shadows[0]?.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Figure 2 of 7: two helicopters');
    region.destroy();
    expect(document.querySelector('[data-crosstally-ui]')).toBeNull();
    spy.mockRestore();
    vi.useRealTimers();
  });
});
