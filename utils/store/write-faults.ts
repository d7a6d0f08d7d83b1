/**
 * Injectable write failures: the store's write path (a Dexie middleware in db.ts) asks here before
 * every add or put, so a test (a unit test, or an end-to-end test through the service worker's
 * global `crosstallyWriteFaults`) can make the browser "refuse to store more data" at a chosen
 * write and check that nothing changed. Deletes always pass: on a full disk they free space.
 * Off by default: nothing in the extension arms it.
 */

export class WriteFaults {
  private passing = Number.POSITIVE_INFINITY;
  private failing = 0;

  /** Lets `after` more adds or puts through, then refuses the next `times` (all, by default). */
  failWritesAfter(after = 0, times = Number.POSITIVE_INFINITY): void {
    this.passing = after;
    this.failing = times;
  }

  clear(): void {
    this.passing = Number.POSITIVE_INFINITY;
    this.failing = 0;
  }

  /** The error a write of this type gets now, or null when it may go ahead. */
  refusal(type: string): DOMException | null {
    if (type !== 'add' && type !== 'put') return null;
    if (this.passing > 0) {
      this.passing--;
      return null;
    }
    if (this.failing <= 0) return null;
    this.failing--;
    return new DOMException('Simulated: the disk is full.', 'QuotaExceededError');
  }
}
