import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isSiteDisabled,
  readDisabledSites,
  setSiteEnabled,
  siteList,
  watchSiteSwitch,
  withSiteEnabled,
} from '../../../utils/content/site-switch';
import { DISABLED_SITES_KEY } from '../../../utils/messaging/storage-keys';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the site list', () => {
  it('keeps only hostnames from whatever storage holds', () => {
    expect(siteList(['news.example', 3, '', null, 'other.example'])).toEqual([
      'news.example',
      'other.example',
    ]);
    expect(siteList('news.example')).toEqual([]);
    expect(siteList(undefined)).toEqual([]);
  });

  it('switches one site off and on without touching the others', () => {
    const off = withSiteEnabled(['a.example'], 'News.Example', false);
    expect(off).toEqual(['a.example', 'news.example']);
    expect(isSiteDisabled(off, 'news.example')).toBe(true);
    expect(withSiteEnabled(off, 'news.example', false)).toEqual(off);
    expect(withSiteEnabled(off, 'news.example', true)).toEqual(['a.example']);
  });
});

describe('the switch in browser storage', () => {
  it('is stored under disabledSites and read back', async () => {
    await setSiteEnabled('news.example', false);
    expect(await fakeBrowser.storage.local.get(DISABLED_SITES_KEY)).toEqual({
      [DISABLED_SITES_KEY]: ['news.example'],
    });
    expect(await readDisabledSites()).toEqual(['news.example']);
    await setSiteEnabled('news.example', true);
    expect(await readDisabledSites()).toEqual([]);
  });

  it('tells a page when its own site is switched, and stops when aborted', async () => {
    const controller = new AbortController();
    const seen: boolean[] = [];
    watchSiteSwitch('news.example', (enabled) => seen.push(enabled), controller.signal);
    await setSiteEnabled('other.example', false);
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('news.example', true);
    controller.abort();
    await setSiteEnabled('news.example', false);
    expect(seen).toEqual([false, true]);
  });
});
