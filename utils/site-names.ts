/**
 * Site names from addresses: the list of sites with saved claims is written by the background and
 * read by the content script (and a claim re-anchors only on its own site), so both read the name
 * here. A leaf every layer may import: pure, it imports nothing.
 */

/** "news.example.co.uk" for "www.news.example.co.uk"; the bare host for IP addresses. */
export function siteNameOf(hostname: string): string {
  return hostname.replace(/^(?:www\d*|m|amp|mobile)\./i, '').toLowerCase();
}

/**
 * Whether `candidate` belongs to the page's site: the same host, or one a subdomain of the other
 * once "www."-like prefixes are dropped. A page may name only itself as canonical, so a claim
 * saved on one site never re-anchors on another.
 */
export function isSameSite(candidate: URL, page: URL): boolean {
  const a = siteNameOf(candidate.hostname);
  const b = siteNameOf(page.hostname);
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
