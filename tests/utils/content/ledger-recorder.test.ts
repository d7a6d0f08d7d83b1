// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLedgerRecorder } from '../../../utils/content/ledger-recorder';
import { analyzeDocument } from '../../../utils/engine/analyze';
import type { AnyRequest, RequestOf, RequestType, Response } from '../../../utils/messaging/protocol';

const TEXT =
  "Armenia's defence ministry said its forces had shot down 4 Azerbaijani helicopters over Nagorno-Karabakh.";

/** A background whose answer to recordReading waits until the test releases it. */
function slowBackground() {
  const requests: AnyRequest[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const send = async <T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> => {
    requests.push(request as AnyRequest);
    await gate;
    return {
      ok: true,
      data: {
        recorded: true,
        sourceId: 'read:00000000000000aa',
        added: 1,
        updated: 0,
        unchanged: 0,
        inLedger: 1,
      },
    } as Response<T>;
  };
  return { send, requests, release };
}

describe('the ledger recorder', () => {
  it('is unsettled while the background has not answered, then knows the page’s read source', async () => {
    const background = slowBackground();
    const recorder = createLedgerRecorder({ send: background.send, doc: document });
    await recorder.settled();
    const { figures } = analyzeDocument({ text: TEXT });
    const reading = recorder.pageRead(TEXT, figures, null);
    let settled = false;
    void recorder.settled().then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(background.requests.map((request) => request.type)).toEqual(['recordReading']);
    expect(settled).toBe(false);
    expect(recorder.sourceId()).toBeNull();
    background.release();
    await reading;
    await expect.poll(() => settled).toBe(true);
    expect(recorder.sourceId()).toBe('read:00000000000000aa');
  });
});
