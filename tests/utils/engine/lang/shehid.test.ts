/**
 * Azerbaijani press in English says its soldiers "became shehids" (martyrs): a death like "were
 * killed". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('soldiers who became martyrs', () => {
  it.each([
    'Two more Azerbaijani servicemen became shehids, the Azerbaijani defence ministry said.',
    'Two more Azerbaijani servicemen became martyrs, the Azerbaijani defence ministry said.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([figure(2, 'exact', 'soldiers_killed', 'AZ', 'az_mod')]);
  });
});
