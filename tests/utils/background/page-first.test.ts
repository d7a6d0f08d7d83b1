import { describe, expect, it } from 'vitest';
import { createPageFirst } from '../../../utils/background/page-first';

describe('pages first', () => {
  it("holds an import's next chunk until every waiting page is answered", async () => {
    const gate = createPageFirst();
    const order: string[] = [];
    let answer: () => void = () => undefined;
    const page = gate.page(
      () =>
        new Promise<void>((resolve) => {
          answer = () => {
            order.push('page answered');
            resolve();
          };
        }),
    );
    const chunk = gate.turn().then(() => order.push('next chunk'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    answer();
    await Promise.all([page, chunk]);
    expect(order).toEqual(['page answered', 'next chunk']);
  });

  it('lets the import go on after the longest pause, so a page asking without end cannot stall it', async () => {
    const gate = createPageFirst(30);
    void gate.page(() => new Promise(() => undefined));
    await expect(gate.turn()).resolves.toBeUndefined();
  });
});
