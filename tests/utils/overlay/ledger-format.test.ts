import { describe, expect, it } from 'vitest';
import { historyLine, readDay, readLine } from '../../../utils/overlay/ledger-format';

const OCT_12 = new Date(2026, 9, 12, 15).getTime();
const SEP_28 = new Date(2026, 8, 28, 9).getTime();
const SEP_29 = new Date(2026, 8, 29, 9).getTime();

describe('the overlay’s words for read reports', () => {
  it('says when the reader read the page, with the year only when it is another year', () => {
    expect(readLine({ origin: 'read', readAt: OCT_12 }, OCT_12)).toBe('You read this on 12 Oct');
    expect(readDay(OCT_12, new Date(2027, 0, 3).getTime())).toBe('12 Oct 2026');
    expect(readLine({ origin: 'user', readAt: OCT_12 }, OCT_12)).toBeNull();
  });

  it('gives what a changed figure said, oldest first, the current value last', () => {
    const line = historyLine(
      {
        value: 19,
        qualifier: 'exact',
        readAt: SEP_29,
        history: [{ value: 16, qualifier: 'exact', seenAt: SEP_28 }],
      },
      SEP_29,
    );
    expect(line).toBe('It said 16 on 28 Sep, 19 on 29 Sep');
    expect(historyLine({ value: 19, qualifier: 'exact', readAt: SEP_29 }, SEP_29)).toBeNull();
  });
});
