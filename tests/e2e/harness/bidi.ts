/**
 * A small typed WebDriver BiDi client: just the commands the Firefox end-to-end tests use, over
 * the WebSocket Firefox opens with `--remote-debugging-port` (no geckodriver). Node 20 has a
 * global WebSocket only with `--experimental-websocket`; Node 22 has it by default.
 */

import type {
  BidiCommands,
  BidiMethod,
  EvaluateResult,
  JsonValue,
  LocalValue,
  RemoteValue,
  SharedReference,
} from './bidi-protocol';

export type * from './bidi-protocol';

export interface BidiClient {
  send<M extends BidiMethod>(
    method: M,
    params: BidiCommands[M]['params'],
  ): Promise<BidiCommands[M]['result']>;
  close(): Promise<void>;
}

/** An error the browser answered a command with (`unknown command`, `no such frame`...). */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method}: ${error}: ${message}`);
    this.name = 'BidiError';
  }
}

type Pending = { method: string; resolve: (result: unknown) => void; reject: (error: Error) => void };

/** Opens a BiDi connection to `url` (`ws://127.0.0.1:PORT/session`). */
export async function connectBidi(
  url: string,
  options: { commandTimeoutMs?: number } = {},
): Promise<BidiClient> {
  if (typeof globalThis.WebSocket !== 'function') {
    throw new Error(
      'No global WebSocket: run Node 20 with NODE_OPTIONS=--experimental-websocket (Node 22 has it).',
    );
  }
  const commandTimeoutMs = options.commandTimeoutMs ?? 30_000;
  const socket = new WebSocket(url);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closedReason: string | null = null;

  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`Could not open WebDriver BiDi at ${url}`)), {
      once: true,
    });
  });

  socket.addEventListener('message', (event: MessageEvent) => {
    // Only answers to commands arrive: the tests subscribe to no events.
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      type: 'success' | 'error';
      result?: unknown;
      error?: string;
      message?: string;
    };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    pending.delete(message.id);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new BidiError(waiting.method, message.error ?? 'error', message.message ?? ''));
  });
  socket.addEventListener('close', () => {
    closedReason = 'the WebDriver BiDi connection closed';
    for (const waiting of pending.values()) waiting.reject(new Error(`${waiting.method}: ${closedReason}`));
    pending.clear();
  });

  return {
    send(method, params) {
      if (closedReason) return Promise.reject(new Error(`${method}: ${closedReason}`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method}: no answer in ${commandTimeoutMs} ms`));
        }, commandTimeoutMs);
        pending.set(id, {
          method,
          resolve: (result) => {
            clearTimeout(timer);
            resolve(result as never);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close() {
      if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise<void>((resolve) => {
        socket.addEventListener('close', () => resolve(), { once: true });
        socket.close();
      });
    },
  };
}

/** A JSON value as a BiDi argument. */
export function toLocalValue(value: JsonValue | SharedReference): LocalValue {
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'number') return { type: 'number', value: specialNumber(value) ?? value };
  if (Array.isArray(value)) return { type: 'array', value: value.map(toLocalValue) };
  if (isSharedReference(value)) return { sharedId: value.sharedId };
  return { type: 'object', value: Object.entries(value).map(([key, item]) => [key, toLocalValue(item)]) };
}

function specialNumber(value: number): 'NaN' | '-0' | 'Infinity' | '-Infinity' | null {
  if (Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return null;
}

function isSharedReference(value: object): value is SharedReference {
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keys[0] === 'sharedId' && typeof (value as SharedReference).sharedId === 'string'
  );
}

/** The value of a successful evaluation, or an error carrying the page's exception text. */
export function unwrapEvaluation(method: string, result: EvaluateResult): RemoteValue {
  if (result.type === 'exception') {
    const { text, lineNumber, columnNumber } = result.exceptionDetails;
    throw new Error(`${method} threw in the page: ${text} (${lineNumber}:${columnNumber})`);
  }
  return result.result;
}
