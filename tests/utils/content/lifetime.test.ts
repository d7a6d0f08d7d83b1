// @vitest-environment happy-dom
/**
 * The content script's lifetime ends only by the extension's doing: the extension gone (runtime.id
 * undefined, or throwing as Firefox's dead objects do) or a newer copy starting in the same
 * isolated world. Nothing a page dispatches on its DOM reaches it.
 */
import { describe, expect, it } from 'vitest';
import { startLifetime } from '../../../utils/content/lifetime';

describe('the content script lifetime', () => {
  it('lasts while the extension is there, whatever the page dispatches', () => {
    const lifetime = startLifetime({ runtimeId: () => 'extension-id', scope: {} });
    for (const type of ['extension-id:content:wxt:content-script-started', 'crosstally:stop']) {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content' } }));
      window.postMessage({ type }, '*');
    }
    expect(lifetime.isValid()).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
  });

  it('ends once runtime.id is gone or throws, and stays ended', () => {
    let id: string | undefined = 'extension-id';
    const orphaned = startLifetime({ runtimeId: () => id, scope: {} });
    id = undefined;
    expect(orphaned.isValid()).toBe(false);
    expect(orphaned.signal.aborted).toBe(true);
    id = 'extension-id';
    expect(orphaned.isValid()).toBe(false);

    const dead = startLifetime({
      runtimeId: () => {
        throw new TypeError("can't access dead object");
      },
      scope: {},
    });
    expect(dead.isValid()).toBe(false);
  });

  it('ends when a newer copy starts in the same world, and only then', () => {
    const world = {};
    const older = startLifetime({ runtimeId: () => 'extension-id', scope: world });
    const elsewhere = startLifetime({ runtimeId: () => 'extension-id', scope: {} });
    expect(older.signal.aborted).toBe(false);
    const newer = startLifetime({ runtimeId: () => 'extension-id', scope: world });
    expect(older.signal.aborted).toBe(true);
    expect(newer.isValid()).toBe(true);
    expect(elsewhere.isValid()).toBe(true);
  });
});
