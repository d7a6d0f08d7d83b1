/**
 * happy-dom does no cascade or layout, so the stylesheet's defences against
 * hostile pages are held here as conventions; real-browser proof is e2e work.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../components/overlay.css', import.meta.url), 'utf8');
const block = (selector: string): string => {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} rule`);
  return css.slice(start, css.indexOf('}', start));
};

describe('overlay.css', () => {
  it('resets the host with important declarations, which beat the page’s own !important rules', () => {
    const host = block(':host');
    expect(host).toMatch(/all: initial !important/);
    const declarations = host.split('\n').filter((line) => /^\s+[a-z-]+:/.test(line));
    expect(declarations.length).toBeGreaterThan(5);
    for (const line of declarations) expect(line).toMatch(/!important;$/);
  });

  it('stays on top and contained', () => {
    const host = block(':host');
    expect(host).toMatch(/z-index: 2147483647 !important/);
    expect(host).toMatch(/position: fixed !important/);
    expect(host).toMatch(/contain: layout style !important/);
  });

  it('sizes text in px, never relative to the page’s root font-size', () => {
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(withoutComments).not.toMatch(/\d(rem|em)\b/);
  });

  it('keeps theme variables off the host, where page selectors could override them', () => {
    expect(block(':host')).not.toMatch(/--ct-/);
    expect(block('.ct-root')).toMatch(/--ct-bg:/);
  });

  it('has a dark theme that redefines the colours', () => {
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark).toMatch(/--ct-bg: #[0-9a-f]{6}/);
    expect(dark).toMatch(/color-scheme: dark/);
  });
});
