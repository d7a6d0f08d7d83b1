/** The demo news site generated into a temporary folder and served on 127.0.0.1 for one suite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DemoSite, generateDemoSite } from '../../../utils/node/demo/generate-site';
import { type StaticServer, startStaticServer } from '../../../utils/node/demo/static-server';

export interface ServedDemoSite {
  site: DemoSite;
  server: StaticServer;
  /** Absolute URL of a demo page, e.g. `pageUrl('other-war.html')`. */
  pageUrl(file: string): string;
  close(): Promise<void>;
}

/**
 * A page asked for with `?strict-csp` comes with the strictest Content-Security-Policy a news site
 * could send: no script, no connection, no frame, no worker, Trusted Types required. Extensions
 * must work there all the same.
 */
export const STRICT_CSP_QUERY = 'strict-csp';
const STRICT_CSP =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; script-src 'none'; " +
  "connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

export async function serveDemoSite(): Promise<ServedDemoSite> {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'crosstally-demo-')), 'site');
  const site = generateDemoSite({ outDir });
  const server = await startStaticServer(outDir, {
    headersFor: (url) =>
      url.searchParams.has(STRICT_CSP_QUERY) ? { 'content-security-policy': STRICT_CSP } : {},
  });
  return {
    site,
    server,
    pageUrl: (file) => server.url(file),
    close: async () => {
      await server.close();
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    },
  };
}
