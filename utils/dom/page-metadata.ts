/**
 * What a page says about itself as a source, for a claim saved from it: its outlet (publisher),
 * canonical URL and publication date. Read from the page's metadata; every value is untrusted
 * text from the page, checked and cut to size. (page-meta.ts holds what the coverage test reads.)
 */

import { isSameSite, siteNameOf } from '../site-names';

type JsonObject = Record<string, unknown>;

/** Every JSON-LD object on the page, graphs and lists flattened; unparsable or huge blocks skipped. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || nodes.length > 500 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else {
      nodes.push(value as JsonObject);
      visit((value as JsonObject)['@graph'], depth + 1);
    }
  };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    try {
      if (text.length < 200_000) visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return nodes;
}

function meta(doc: Document, property: string): string | null {
  const element = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return element?.getAttribute('content')?.trim() || null;
}

function clean(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, 300) || null : null;
}

/** The outlet that publishes the page: the JSON-LD publisher (or the node its @id names), og:site_name, else the host. */
export function pageOutlet(doc: Document = document): string {
  const nodes = jsonLdNodes(doc);
  for (const node of nodes) {
    for (const publisher of ([] as unknown[]).concat(node.publisher ?? [])) {
      const ref = (publisher ?? {}) as JsonObject;
      const named = ref.name ?? nodes.find((each) => ref['@id'] && each['@id'] === ref['@id'])?.name;
      const name = clean(named);
      if (name) return name;
    }
  }
  return clean(meta(doc, 'og:site_name')) ?? siteNameOf(doc.location.hostname);
}

/** The page's canonical URL: `link rel=canonical`, else `og:url`, else its address; never with a hash. */
export function canonicalUrl(doc: Document = document): string {
  const page = new URL(doc.location.href);
  const declared = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), meta(doc, 'og:url')];
  let found = page;
  for (const href of declared) {
    try {
      const url = new URL(href?.trim() ?? '', doc.baseURI);
      if (href && /^https?:$/.test(url.protocol) && isSameSite(url, page)) {
        found = url;
        break;
      }
    } catch {
      // Not a URL: try the next declaration.
    }
  }
  return found.href.replace(/#.*$/, '');
}

/** "2020-09-27" from "2020-09-27T08:00:00+04:00"; null unless it starts with a real calendar date. */
export function isoDateOf(value: unknown): string | null {
  const date = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] : undefined;
  const parsed = date ? new Date(`${date}T00:00:00Z`) : null;
  return date && parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : null;
}

/** The publication date: article:published_time, JSON-LD datePublished, else a <time> in the article. */
export function publishedDate(doc: Document = document): string | null {
  const candidates = [
    meta(doc, 'article:published_time'),
    ...jsonLdNodes(doc).map((node) => node.datePublished),
    doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = isoDateOf(candidate);
    if (date) return date;
  }
  return null;
}
