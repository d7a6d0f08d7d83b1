/**
 * Where one pack import spends its time in real Chromium: `npx tsx tests/bench/import-profile.ts`
 * after `CROSSTALLY_NO_MINIFY=1 npx wxt build` (function names stay readable). Imports
 * PROFILE_WARM_PACKS 10,000-claim packs unprofiled (the store then holds that many), then one more
 * (upload, preview and import, as the manager sends them) under the V8 sampling profiler of the service worker (CDP through the browser's session), and
 * splits the worker's samples by the first function of a known phase on their stack; samples
 * with no JavaScript running are time the worker waited (IndexedDB, messaging, timers). It waits
 * PROFILE_SETTLE_MS first, so the manager page's rebuild after the warm packs is not profiled.
 * Wall time per phase needs marks in the build: a build that adds milliseconds by name to
 * `globalThis.__imp` in the worker (temporary performance.now() marks around each await, and
 * `abs listener start` / `abs listener end` in the message listener) gets them printed too.
 */
import path from 'node:path';
import { type ExtensionSession, launchWithExtension } from '../../utils/node/demo/launch-extension';
import { CHROME_EXTENSION_DIR } from '../../utils/node/demo/paths';
import { claimPackGenerator } from './extension/claim-packs';
import { importPackTimed } from './extension/import-pack';

const DIR = path.resolve(process.env.BENCH_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);
const WARM = Number(process.env.PROFILE_WARM_PACKS ?? 2);
/**
 * Milliseconds left after the warm packs before the profiled one: the open manager page rebuilds
 * its view after each import (store announcements), which would otherwise run inside the profile.
 */
const SETTLE_MS = Number(process.env.PROFILE_SETTLE_MS ?? 3_000);
const BATCH = 10_000;

/** Phases by the function names that start them, innermost first wins (checked from the leaf up). */
const PHASES: [phase: string, names: string[]][] = [
  ['JSON parse', ['parse']],
  ['validation (zod)', ['validateClaimPack', 'parseRequest']],
  ['digest rows', ['patchDigestRows', 'patchesByDigestRow', 'patchDigestSlice']],
  ['word rows', ['wordRowsOf', 'removeWords', 'nextWordBatch', 'claimWords']],
  ['claim rows', ['writeClaimRows', 'toStoredClaim', 'putReadClaimRows']],
  ['source rows', ['putSources', 'planSources', 'outletKeys']],
  ['planning', ['planClaims', 'storedClaims', 'tombstonesOf', 'completeClaim', 'planDocuments']],
  ['journal', ['commitImport', 'emptyJournalRow', 'add']],
  ['messaging', ['sendResponse', 'onMessage', 'handleRequest']],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * A CDP client of the service worker, through the browser's session (Playwright opens CDP
 * sessions on pages and frames only): attach without flattening, then talk in wrapped messages.
 */
async function workerClient(session: ExtensionSession) {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.includes(session.extensionId),
  );
  if (!worker) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.error ?? message.result);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve) => {
        waiting.set(id, (result) => resolve(result as T));
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        });
      });
    },
    close: () => cdp.detach(),
  };
}

function split(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOf = new Map<number, string>();
  const phaseOfNode = (id: number): string => {
    const known = phaseOf.get(id);
    if (known) return known;
    const node = byId.get(id);
    const name = node?.callFrame.functionName ?? '';
    let phase: string;
    if (name === '(idle)') phase = 'waiting (no JS: IndexedDB, messaging, timers)';
    else if (name === '(garbage collector)') phase = 'garbage collection';
    else if (name === '(program)') phase = 'native (program)';
    else {
      let at: number | undefined = id;
      phase = '';
      const stack: string[] = [];
      while (at !== undefined) {
        stack.push(byId.get(at)?.callFrame.functionName ?? '');
        at = parent.get(at);
      }
      for (const frame of stack) {
        const hit = PHASES.find(([, names]) => names.includes(frame));
        if (hit) {
          phase = hit[0];
          break;
        }
      }
      if (!phase)
        phase = /dexie|idb/i.test(stack.join(' '))
          ? 'other (Dexie)'
          : `other (${stack.slice(0, 3).join(' < ')})`;
    }
    phaseOf.set(id, phase);
    return phase;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const phase = phaseOfNode(id);
    totals.set(phase, (totals.get(phase) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

async function main(): Promise<void> {
  const session = await launchWithExtension({ extensionDir: DIR, headless: true });
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const generate = claimPackGenerator();
    for (let pack = 0; pack < WARM; pack++) {
      const { ms } = await importPackTimed(page, JSON.stringify(generate.pack(pack * BATCH, BATCH)));
      console.error(`[profile] warm pack ${pack}: ${(ms / 1000).toFixed(2)} s`);
    }
    await page.waitForTimeout(SETTLE_MS);
    const client = await workerClient(session);
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.serviceWorker.evaluate(() => {
      (globalThis as unknown as { __imp?: object }).__imp = {};
    });
    const text = JSON.stringify(generate.pack(WARM * BATCH, BATCH));
    await client.send('Profiler.start');
    const { ms, sentAt: sent, repliedAt: got } = await importPackTimed(page, text);
    const { profile } = await client.send<{
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    }>('Profiler.stop');
    await client.close();
    if (process.env.PROFILE_OUT)
      (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    const marks = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as { __imp?: Record<string, number> }).__imp ?? {},
    );
    console.log(
      `Import of ${BATCH.toLocaleString('en')} claims over ${(WARM * BATCH).toLocaleString('en')} stored: ${ms.toFixed(0)} ms in the page`,
    );
    console.log('Service worker samples by phase (ms):');
    const totals = [...split(profile)].sort((a, b) => b[1] - a[1]);
    for (const [phase, took] of totals)
      if (took >= 5) console.log(`  ${took.toFixed(0).padStart(6)}  ${phase}`);
    if (marks['abs listener start'])
      console.log(
        `Messaging: page -> worker listener ${((marks['abs listener start'] ?? 0) - sent).toFixed(0)} ms; worker reply -> page ${(got - (marks['abs listener end'] ?? 0)).toFixed(0)} ms; listener to handler ${((marks['abs listener end'] ?? 0) - (marks['abs listener start'] ?? 0) - (marks['handler total'] ?? 0)).toFixed(0)} ms outside the import handler`,
      );
    console.log('Marks (ms, when the build has them):');
    for (const [name, value] of Object.entries(marks))
      if (!/start|end|abs/.test(name)) console.log(`  ${value.toFixed(1).padStart(8)}  ${name}`);
  } finally {
    await session.close();
  }
}

await main();
