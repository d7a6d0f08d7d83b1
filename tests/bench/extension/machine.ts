/** Where a bench ran: the machine, its load, and the browser's version. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../utils/node/demo/paths';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages at the start: other work on the machine skews timings. */
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** "Chrome/156.0.8078.79" as the running browser reports it, else the binary's own --version. */
export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    return product;
  } catch {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } finally {
    await page.close();
  }
}
