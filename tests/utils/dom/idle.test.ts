// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { runInIdleChunks } from '../../../utils/dom/idle';
import { fakeIdleWindow as fakeWindow } from './fake-idle-window';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('runInIdleChunks', () => {
  test('runs every item in order, in slices that fit the idle periods', async () => {
    const fake = fakeWindow(5);
    const seen: number[] = [];
    const done = runInIdleChunks(
      numbers(20),
      (item) => {
        seen.push(item);
        fake.spend(2);
      },
      { win: fake.win, budgetMs: 50 },
    );
    await fake.drain();
    await expect(done).resolves.toEqual({ completed: true, processed: 20 });
    expect(seen).toEqual(numbers(20));
    // 2 ms jobs in 5 ms idle periods: 3 per slice (the third overruns by 1 ms), 7 slices.
    expect(fake.idlePeriods()).toBe(7);
  });

  test('the budget caps a slice even when the browser offers more idle time', async () => {
    const fake = fakeWindow(50);
    const done = runInIdleChunks(numbers(12), () => fake.spend(3), { win: fake.win, budgetMs: 8 });
    await fake.drain();
    await expect(done).resolves.toEqual({ completed: true, processed: 12 });
    expect(fake.idlePeriods()).toBe(4); // 3 ms jobs, 8 ms budget: 3 per slice
  });

  test('a slice always makes progress, even with no idle time left', async () => {
    const fake = fakeWindow(0);
    const done = runInIdleChunks(numbers(3), () => fake.spend(1), { win: fake.win });
    await fake.drain();
    await expect(done).resolves.toEqual({ completed: true, processed: 3 });
    expect(fake.idlePeriods()).toBe(3);
  });

  test('abort stops before the next item and resolves as not completed', async () => {
    const fake = fakeWindow(5);
    const controller = new AbortController();
    const seen: number[] = [];
    const done = runInIdleChunks(
      numbers(100),
      (item) => {
        seen.push(item);
        if (item === 4) controller.abort();
        fake.spend(1);
      },
      { win: fake.win, signal: controller.signal },
    );
    await fake.drain();
    await expect(done).resolves.toEqual({ completed: false, processed: 5 });
    expect(seen).toEqual(numbers(5));
  });

  test('an aborted signal runs nothing; an abort while waiting for idle time resolves at once', async () => {
    const fake = fakeWindow(5);
    const work = vi.fn();
    await expect(
      runInIdleChunks([1, 2], work, { win: fake.win, signal: AbortSignal.abort() }),
    ).resolves.toEqual({
      completed: false,
      processed: 0,
    });
    const controller = new AbortController();
    const pending = runInIdleChunks([1, 2, 3], work, { win: fake.win, signal: controller.signal });
    controller.abort();
    await expect(pending).resolves.toEqual({ completed: false, processed: 0 });
    await fake.drain();
    expect(work).not.toHaveBeenCalled();
  });

  test('falls back to timers where requestIdleCallback is missing, still in budgeted slices', async () => {
    const fake = fakeWindow(null);
    const seen: number[] = [];
    const done = runInIdleChunks(
      numbers(10),
      (item) => {
        seen.push(item);
        fake.spend(4);
      },
      { win: fake.win, budgetMs: 8 },
    );
    await fake.drain();
    await expect(done).resolves.toEqual({ completed: true, processed: 10 });
    expect(seen).toEqual(numbers(10));
    expect(fake.timerTasks()).toBe(5); // 4 ms jobs, 8 ms budget: 2 per slice
  });

  test('a throwing job rejects', async () => {
    const fake = fakeWindow(5);
    const done = runInIdleChunks(
      [1],
      () => {
        throw new Error('boom');
      },
      { win: fake.win },
    );
    const settled = expect(done).rejects.toThrow('boom');
    await fake.drain();
    await settled;
  });
});
