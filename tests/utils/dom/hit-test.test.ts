// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { attachMarkPointer, markAtPoint } from '../../../utils/dom/hit-test';
import { collectText } from '../../../utils/dom/text-map';
import type { Mark } from '../../../utils/dom/types';

// happy-dom does no layout and has no caret-from-point API. Each test gets a tiny fake layout:
// every mark's range reports one box, and the caret API returns the text position under a point.
type Box = { left: number; top: number; right: number; bottom: number };

function giveBox(range: Range, box: Box): void {
  range.getClientRects = () =>
    [{ ...box, width: box.right - box.left, height: box.bottom - box.top }] as unknown as DOMRectList;
}

function stubCaret(lookup: (x: number, y: number) => { offsetNode: Node; offset: number } | null): void {
  Object.defineProperty(document, 'caretPositionFromPoint', { configurable: true, value: lookup });
}

let marks: Mark[];
let helicopters: Mark;
let tanks: Mark;

beforeEach(() => {
  document.body.innerHTML = '<p>Baku said <b>4</b> helicopters and <a href="/x">12 tanks</a> fell.</p>';
  const { text, map } = collectText(document.body);
  const mark = (figure: string): Mark => {
    const start = text.indexOf(figure);
    return { id: figure, range: map.rangeFor(start, start + figure.length) as Range };
  };
  helicopters = mark('4 helicopters');
  tanks = mark('12 tanks');
  marks = [helicopters, tanks];
  giveBox(helicopters.range, { left: 100, top: 10, right: 200, bottom: 30 });
  giveBox(tanks.range, { left: 250, top: 10, right: 320, bottom: 30 });
  // The caret sits inside " helicopters" for x in 100..200 and after "helicopters" beyond.
  const helicopterText = document.querySelector('b')?.nextSibling as Text;
  stubCaret((x) => {
    if (x >= 100 && x <= 200) return { offsetNode: helicopterText, offset: 3 };
    if (x > 200 && x < 250) return { offsetNode: helicopterText, offset: ' helicopters'.length };
    return null;
  });
});

afterEach(() => {
  Reflect.deleteProperty(document, 'caretPositionFromPoint');
  document.body.innerHTML = '';
});

describe('markAtPoint', () => {
  test('finds the mark under the point', () => {
    expect(markAtPoint(marks, 150, 20, document)).toBe('4 helicopters');
  });

  test('a caret at the mark’s end boundary, right of its box, is not a hit', () => {
    expect(markAtPoint(marks, 230, 20, document)).toBeNull();
  });

  test('without a caret API the boxes decide', () => {
    Reflect.deleteProperty(document, 'caretPositionFromPoint');
    expect(markAtPoint(marks, 300, 20, document)).toBe('12 tanks');
    expect(markAtPoint(marks, 300, 80, document)).toBeNull();
  });
});

function click(target: Element, x: number, y: number, init: MouseEventInit = {}): void {
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, clientX: x, clientY: y, button: 0, ...init }),
  );
}

describe('attachMarkPointer', () => {
  test('a click on a mark activates it; modifier clicks and links are left to the page', () => {
    const controller = new AbortController();
    const onActivate = vi.fn();
    attachMarkPointer({ doc: document, marks: () => marks, onActivate, signal: controller.signal });
    const paragraph = document.querySelector('p') as Element;
    click(paragraph, 150, 20);
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect(onActivate.mock.calls[0]?.[0]).toBe('4 helicopters');
    click(paragraph, 150, 20, { ctrlKey: true });
    click(document.querySelector('a') as Element, 300, 20);
    expect(onActivate).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  test('ends of text selections are not clicks on marks', () => {
    const controller = new AbortController();
    const onActivate = vi.fn();
    attachMarkPointer({ doc: document, marks: () => marks, onActivate, signal: controller.signal });
    const selection = document.getSelection() as Selection;
    selection.selectAllChildren(document.querySelector('p') as Element);
    click(document.querySelector('p') as Element, 150, 20);
    expect(onActivate).not.toHaveBeenCalled();
    selection.removeAllRanges();
    controller.abort();
  });

  test('clicks inside our own UI are ignored', () => {
    const controller = new AbortController();
    const onActivate = vi.fn();
    const overlay = document.createElement('div');
    overlay.setAttribute('data-crosstally-ui', '');
    document.body.append(overlay);
    attachMarkPointer({ doc: document, marks: () => marks, onActivate, signal: controller.signal });
    click(overlay, 150, 20);
    expect(onActivate).not.toHaveBeenCalled();
    controller.abort();
  });

  test('hover reports the mark under the pointer once per frame and only on change', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const onHover = vi.fn();
    attachMarkPointer({
      doc: document,
      marks: () => marks,
      onActivate: () => {},
      onHover,
      signal: controller.signal,
    });
    const move = (x: number): void => {
      window.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: 20, pointerType: 'mouse' }),
      );
    };
    move(120);
    move(150);
    move(160);
    vi.advanceTimersByTime(20);
    expect(onHover.mock.calls).toEqual([['4 helicopters']]);
    move(170);
    vi.advanceTimersByTime(20);
    move(40);
    vi.advanceTimersByTime(20);
    expect(onHover.mock.calls).toEqual([['4 helicopters'], [null]]);
    controller.abort();
    move(150);
    vi.advanceTimersByTime(20);
    expect(onHover).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  test('after abort, clicks do nothing', () => {
    const controller = new AbortController();
    const onActivate = vi.fn();
    attachMarkPointer({ doc: document, marks: () => marks, onActivate, signal: controller.signal });
    controller.abort();
    click(document.querySelector('p') as Element, 150, 20);
    expect(onActivate).not.toHaveBeenCalled();
  });
});
