// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type ContentChange, MAX_ADDED_NODES, watchContent } from '../../../utils/dom/watch';

/** Lets the MutationObserver deliver its records (it uses a microtask). */
const flushMutations = () => Promise.resolve();

function addParagraph(text: string, parent: Element = document.body): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  parent.append(paragraph);
  return paragraph;
}

describe('watchContent', () => {
  let controller: AbortController;
  let changes: ContentChange[];

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>first</p></article>';
    controller = new AbortController();
    changes = [];
    watchContent(document.documentElement, (change) => void changes.push(change), {
      signal: controller.signal,
      debounceMs: 300,
      maxWaitMs: 2000,
    });
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  test('a burst of insertions makes one run after the page goes quiet', async () => {
    for (let index = 0; index < 20; index++) {
      addParagraph(`late paragraph ${index}`);
      await flushMutations();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(changes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.mutations).toBe(20);
    expect(changes[0]?.urlChanged).toBe(false);
  });

  test('a never-ending stream still runs every maxWait', async () => {
    for (let index = 0; index < 50; index++) {
      addParagraph(`ticker ${index}`);
      await flushMutations();
      await vi.advanceTimersByTimeAsync(100); // faster than the debounce, forever
    }
    // 5 s of changes every 100 ms: runs at 2 s and 4 s, not zero and not fifty.
    expect(changes).toHaveLength(2);
  });

  test('our own UI, scripts and styles do not trigger runs; text edits do', async () => {
    const overlay = document.createElement('div');
    overlay.setAttribute('data-crosstally-ui', '');
    document.documentElement.append(overlay);
    await flushMutations();
    overlay.append(document.createElement('span'));
    overlay.textContent = '4 helicopters';
    document.head.append(document.createElement('script'), document.createElement('style'));
    document.body.append(document.createComment('ad slot'), document.createTextNode('   '));
    overlay.remove();
    await flushMutations();
    await vi.advanceTimersByTimeAsync(1000);
    expect(changes).toHaveLength(0);

    (document.querySelector('p')?.firstChild as Text).data = 'edited';
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toHaveLength(1);
  });

  test('while a run is in flight at most one more is queued', async () => {
    controller.abort();
    controller = new AbortController();
    let release: () => void = () => {};
    let runs = 0;
    watchContent(
      document.documentElement,
      () => {
        runs++;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      { signal: controller.signal, debounceMs: 300 },
    );
    addParagraph('one');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(runs).toBe(1);
    for (let index = 0; index < 10; index++) {
      addParagraph(`during ${index}`);
      await flushMutations();
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(runs).toBe(1);
    release();
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(runs).toBe(2);
  });

  test('a single-page navigation is reported as a URL change', async () => {
    window.history.pushState({}, '', '/other-story');
    addParagraph('new story');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.urlChanged).toBe(true);
    expect(changes[0]?.url).toMatch(/\/other-story$/);

    window.history.pushState({}, '', '/third-story');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toHaveLength(2);
    expect(changes[1]?.urlChanged).toBe(true);
  });

  test('abort disconnects the observer, cancels the pending run and removes listeners', async () => {
    addParagraph('pending');
    await flushMutations();
    controller.abort();
    await vi.advanceTimersByTimeAsync(1000);
    addParagraph('after abort');
    window.history.pushState({}, '', '/after-abort');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(1000);
    expect(changes).toHaveLength(0);
  });

  test('reports the nodes added since the previous run, and says when there were too many to keep', async () => {
    const late = addParagraph('late article');
    await flushMutations();
    vi.advanceTimersByTime(300);
    await flushMutations();
    expect(changes.at(-1)?.added).toEqual([late]);
    expect(changes.at(-1)?.addedOverflow).toBe(false);

    const text = late.firstChild as Text;
    text.data = 'an edited article';
    await flushMutations();
    vi.advanceTimersByTime(300);
    await flushMutations();
    expect(changes.at(-1)?.added).toEqual([text]);

    for (let index = 0; index < MAX_ADDED_NODES + 5; index++) addParagraph(`item ${index}`);
    await flushMutations();
    vi.advanceTimersByTime(2000);
    await flushMutations();
    expect(changes.at(-1)?.added).toHaveLength(MAX_ADDED_NODES);
    expect(changes.at(-1)?.addedOverflow).toBe(true);
  });
});
