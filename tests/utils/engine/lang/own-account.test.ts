/**
 * "nach eigenen Angaben", "by its own count": the subject claims its own figures; the words after
 * name no speaker ("… neun Dörfer in der Region Berg-Karabach eingenommen" is not Karabakh's claim).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a subject speaking by its own account', () => {
  it('de: reads the subject, not a region named after it, as the speaker', () => {
    expect(
      claimantBriefs('de')(
        'Aserbaidschan hat nach eigenen Angaben sieben Dörfer in der Region Berg-Karabach eingenommen.',
      ),
    ).toEqual([figure(7, 'exact', 'villages_captured', 'ARM', 'az_gov')]);
  });

  it('en: reads the subject of "by its own count" as the speaker', () => {
    expect(claimantBriefs('en')('Azerbaijan, by its own count, has lost 2,906 soldiers.')).toEqual([
      figure(2906, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ]);
  });
});
