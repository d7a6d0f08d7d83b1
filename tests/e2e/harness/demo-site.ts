/** The demo news site generated into a temporary folder and served on 127.0.0.1 for one suite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DemoSite, generateDemoSite } from '../../../utils/demo/generate-site';
import { type StaticServer, startStaticServer } from '../../../utils/demo/static-server';

export interface ServedDemoSite {
  site: DemoSite;
  server: StaticServer;
  /** Absolute URL of a demo page, e.g. `pageUrl('other-war.html')`. */
  pageUrl(file: string): string;
  close(): Promise<void>;
}

export async function serveDemoSite(): Promise<ServedDemoSite> {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'crosstally-demo-')), 'site');
  const site = generateDemoSite({ outDir });
  const server = await startStaticServer(outDir);
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
