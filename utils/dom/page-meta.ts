/** Page facts the engine's coverage test uses besides the body text. */

const MAX_TITLE_CHARS = 500;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The headline-like title: og:title when present (sites append their name to <title>), else <title>. */
export function pageTitle(doc: Document = document): string {
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const title = ogTitle.trim() || doc.title;
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
}

/** The page URL as the coverage test sees it. */
export function pageUrl(loc: Pick<Location, 'href'> = location): string {
  return loc.href;
}

/** The page's BCP 47 language tag, or undefined when the page does not say or says nonsense. */
export function pageLang(doc: Document = document): string | undefined {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.replace('_', '-'),
  ];
  for (const candidate of candidates) {
    const tag = candidate?.split(',')[0]?.trim();
    if (tag && LANGUAGE_TAG.test(tag)) return tag;
  }
  return undefined;
}
