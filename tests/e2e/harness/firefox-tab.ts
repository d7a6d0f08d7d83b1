/**
 * One Firefox tab driven over WebDriver BiDi: navigate, run a function in the page and read its
 * JSON result, wait for a condition, click at a point like a mouse, take a screenshot.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR } from './artifacts';
import {
  type BidiClient,
  type JsonValue,
  type NodeRemoteValue,
  type SharedReference,
  toLocalValue,
  unwrapEvaluation,
} from './bidi';

/** A script argument: JSON, or a node the browser handed out earlier. */
export type PageArgument = JsonValue | SharedReference;

/**
 * Any function run in the page. Its source is sent as text: it must not use anything from the
 * test's scope, nor named inner functions (a transpiler may wrap those in helpers the page lacks).
 */
export type PageFunction<T> = (...args: never[]) => T | Promise<T>;

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What is awaited, for the timeout message. */
  what?: string;
}

export interface FirefoxTab {
  /** The BiDi browsing context id. */
  context: string;
  navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void>;
  /** Runs `fn(...args)` in the page and returns its result through JSON (undefined stays undefined). */
  evaluate<T>(fn: PageFunction<T>, ...args: PageArgument[]): Promise<T>;
  /**
   * The element `fn` returns, serialized with its shadow root even when that root is closed (which
   * page scripts cannot see): pass `node.value.shadowRoot` back to `evaluate` to look inside.
   */
  element(fn: PageFunction<Element | null>, ...args: PageArgument[]): Promise<NodeRemoteValue | null>;
  /** Polls `fn` until it returns something truthy, and returns that. */
  waitFor<T>(fn: PageFunction<T>, args: PageArgument[], options?: WaitOptions): Promise<NonNullable<T>>;
  /** A left click at viewport coordinates, through Firefox's input pipeline. */
  click(x: number, y: number): Promise<void>;
  /** Presses and releases one key (a character, or a WebDriver key code like '\uE00C' for Escape). */
  press(key: string): Promise<void>;
  /** Saves a viewport screenshot to tests/e2e/artifacts/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function firefoxTab(bidi: BidiClient, context: string): FirefoxTab {
  const call = async (declaration: string, args: PageArgument[], serializeDom = false) => {
    const result = await bidi.send('script.callFunction', {
      functionDeclaration: declaration,
      target: { context },
      awaitPromise: true,
      arguments: args.map(toLocalValue),
      resultOwnership: 'none',
      ...(serializeDom ? { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' } } : {}),
    });
    return unwrapEvaluation('script.callFunction', result);
  };

  const evaluate = async <T>(fn: PageFunction<T>, ...args: PageArgument[]): Promise<T> => {
    const declaration = `async (...args) => JSON.stringify(await (${fn.toString()})(...args))`;
    const value = await call(declaration, args);
    return (value.type === 'string' ? JSON.parse(String(value.value)) : undefined) as T;
  };

  return {
    context,
    async navigate(url, wait = 'complete') {
      await bidi.send('browsingContext.navigate', { context, url, wait });
    },
    evaluate,
    async element(fn, ...args) {
      const value = await call(fn.toString(), args, true);
      return value.type === 'node' ? (value as NodeRemoteValue) : null;
    },
    async waitFor(fn, args, options = {}) {
      const { timeoutMs = 10_000, intervalMs = 100, what = 'a condition in the page' } = options;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate(fn, ...args);
        if (value) return value as NonNullable<typeof value>;
        if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
        await sleep(intervalMs);
      }
    },
    async click(x, y) {
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await bidi.send('input.releaseActions', { context });
    },
    async press(key) {
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
            ],
          },
        ],
      });
    },
    async screenshot(name) {
      const { data } = await bidi.send('browsingContext.captureScreenshot', { context });
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
      writeFileSync(file, Buffer.from(data, 'base64'));
      return file;
    },
    async close() {
      await bidi.send('browsingContext.close', { context });
    },
  };
}
