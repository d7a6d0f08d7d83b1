// @vitest-environment happy-dom
/**
 * The always-on content script: what makes it load the on-demand part (and what never does), the
 * per-site switch, and its answers to the popup before and after loading.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageWork, PageWorkOptions, StartPageWork } from '../../../utils/content/page-work';
import type { SiteLists } from '../../../utils/content/site-switch';
import { type ContentScript, startContentScript } from '../../../utils/content/start';
import { COVERAGE_SAMPLE_CHARS } from '../../../utils/engine/coverage/gate';
import type { PageStatus } from '../../../utils/messaging/protocol';
import { DISABLED_SITES_KEY } from '../../../utils/messaging/storage-keys';

const POPUP = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const OTHER_NEWS = 'The council approved the budget for new schools, roads and two hospitals.';
const COVERAGE = 'Azerbaijan said its forces shot down two helicopters over Nagorno-Karabakh.';

let controller: AbortController;

interface FakeWork extends PageWork {
  marking: boolean;
  options: PageWorkOptions;
}

function fakePageWork() {
  const started: FakeWork[] = [];
  const start: StartPageWork = (options) => {
    const work: FakeWork = {
      marking: false,
      options,
      startMarking: () => {
        work.marking = true;
      },
      stopMarking: () => {
        work.marking = false;
      },
      markingStatus: () =>
        work.marking
          ? { status: { kind: 'coverage', coverage: COVERAGE_RESULT, figureCount: 1 }, figures: [] }
          : null,
      showFigure: (id) => id === 'shown',
      checkSelection: async () => 'figure',
      article: async () => null,
      ledgerPage: () => null,
      saveToLedger: async () => null,
    };
    started.push(work);
    return work;
  };
  const load = vi.fn(async () => start);
  return { load, started };
}

const COVERAGE_RESULT = { isCoverage: true, score: 9, evidence: [] };

function paragraphs(...texts: string[]): void {
  document.body.replaceChildren(
    ...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
  );
}

function start(lists: Partial<SiteLists> = {}): {
  script: ContentScript;
  work: ReturnType<typeof fakePageWork>;
} {
  const work = fakePageWork();
  const script = startContentScript({
    signal: controller.signal,
    loadPageWork: work.load,
    siteLists: async () => ({ disabled: [], saved: [], ...lists }),
    debounceMs: 5,
    maxWaitMs: 50,
  });
  return { script, work };
}

/** Lets the storage read, the gate and the loading settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function ask(message: unknown, sender: { id?: string; url?: string } = POPUP): Promise<unknown> {
  let reply: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, sender, (answer: unknown) => {
    reply = answer;
  });
  await settle();
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
  document.title = 'News';
});

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('on a page that is not coverage', () => {
  it('loads nothing and tells the popup why', async () => {
    paragraphs(OTHER_NEWS, 'Helicopters flew over the parade; 4 tanks rolled past.');
    const { script, work } = start();
    await settle();
    expect(work.load).not.toHaveBeenCalled();
    expect(script.pageStatus().status.kind).toBe('not-coverage');
    expect(((await ask({ type: 'getPageStatus' })) as PageStatus).status.kind).toBe('not-coverage');
    expect(await ask({ type: 'showFigure', id: 'shown' })).toEqual({ shown: false });
    expect(work.load).not.toHaveBeenCalled();
  });

  it('loads the on-demand part when the reader checks a selection, and forwards the answer', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start();
    await settle();
    expect(await ask({ type: 'checkSelection' })).toEqual({ answer: 'figure' });
    expect(work.load).toHaveBeenCalledTimes(1);
    // Checking does not start marking a page that is not coverage.
    expect(work.started[0]?.marking).toBe(false);
  });

  it('answers no web page and no other extension', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start();
    await settle();
    expect(
      await ask({ type: 'checkSelection' }, { id: 'other-extension', url: 'chrome-extension://other/' }),
    ).toBe(undefined);
    expect(await ask({ type: 'checkSelection' }, { url: 'https://news.example/' })).toBe(undefined);
    expect(work.load).not.toHaveBeenCalled();
  });

  it('marks the site’s saved claims: a site with saved claims loads the on-demand part', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start({ saved: [new URL(document.location.href).hostname] });
    await settle();
    expect(work.load).toHaveBeenCalledTimes(1);
    expect(work.started[0]?.marking).toBe(true);
  });
});

describe('on a coverage page', () => {
  it('loads the on-demand part once and starts marking', async () => {
    paragraphs(OTHER_NEWS, COVERAGE);
    const { script, work } = start();
    await settle();
    expect(work.load).toHaveBeenCalledTimes(1);
    expect(work.started).toHaveLength(1);
    expect(work.started[0]?.marking).toBe(true);
    expect(script.pageStatus().status.kind).toBe('coverage');
    expect(await ask({ type: 'showFigure', id: 'shown' })).toEqual({ shown: true });
  });

  it('hands the on-demand part the gate it compiled, so the page compiles it once', async () => {
    paragraphs(OTHER_NEWS, COVERAGE);
    const { work } = start();
    await settle();
    const gate = work.started[0]?.options.gate;
    expect(gate).toBeInstanceOf(RegExp);
    expect(gate?.test('Fighting in Nagorno-Karabakh')).toBe(true);
    expect(gate?.test('A football match in Madrid')).toBe(false);
  });

  it('passes on the title alone', async () => {
    paragraphs(OTHER_NEWS);
    document.title = 'Shelling in Stepanakert';
    const { work } = start();
    await settle();
    expect(work.started[0]?.marking).toBe(true);
  });

  it('stays off while the site is switched off, and follows the switch', async () => {
    paragraphs(COVERAGE);
    const host = new URL(document.location.href).hostname;
    await fakeBrowser.storage.local.set({ [DISABLED_SITES_KEY]: [host] });
    const { script, work } = start({ disabled: [host] });
    await settle();
    expect(work.load).not.toHaveBeenCalled();
    expect(script.pageStatus().status).toEqual({ kind: 'disabled', hostname: host });

    await fakeBrowser.storage.local.set({ [DISABLED_SITES_KEY]: [] });
    await settle();
    expect(work.started[0]?.marking).toBe(true);
    await fakeBrowser.storage.local.set({ [DISABLED_SITES_KEY]: [host] });
    await settle();
    expect(work.started[0]?.marking).toBe(false);
    expect(work.started[0]?.options.markingAllowed()).toBe(false);
  });
});

describe('a page that changes after load', () => {
  it('is read again when an article arrives, and marked then', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start();
    await settle();
    expect(work.load).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('article'), { textContent: COVERAGE }));
    await settle();
    expect(work.started[0]?.marking).toBe(true);
  });

  it('reads a bounded sample of a huge page, and what is appended to it later', async () => {
    // The topic named only past the sample: not read at load (the cost stays bounded)…
    paragraphs('x'.repeat(COVERAGE_SAMPLE_CHARS + 10), COVERAGE);
    const { work } = start();
    await settle();
    expect(work.load).not.toHaveBeenCalled();
    // …but an article appended later is read from the added nodes, wherever they land.
    document.body.append(Object.assign(document.createElement('p'), { textContent: COVERAGE }));
    await settle();
    expect(work.started[0]?.marking).toBe(true);
  });

  it('is read again when the page rewrites its text in place', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start();
    await settle();
    (document.body.firstChild?.firstChild as Text).data = COVERAGE;
    await settle();
    expect(work.started[0]?.marking).toBe(true);
  });

  it('stops everything when its lifetime ends', async () => {
    paragraphs(OTHER_NEWS);
    const { work } = start();
    await settle();
    controller.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: COVERAGE }));
    await settle();
    expect(work.load).not.toHaveBeenCalled();
    expect(await ask({ type: 'checkSelection' })).toBe(undefined);
  });
});
