/**
 * English metrics by construction class, on sentences written for these tests: "men" counted
 * beside women or children are civilians; "men" alone after a loss verb are soldiers.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs } from './briefs';

const brief = claimantBriefs('en');
const metrics = (text: string) => brief(text).map((f) => `${f.value} ${f.metric}`);

describe('English metrics by construction', () => {
  it('reads men counted beside women as civilians', () => {
    expect(metrics('Of these, 30 were seriously injured: 21 men and 9 women.')).toEqual([
      '30 civilians_injured',
      '21 civilians_injured',
      '9 civilians_injured',
    ]);
  });

  it('reads men counted beside a child as civilians, whatever the order', () => {
    expect(metrics('A child, two women and three men were killed in their yard.')).toEqual([
      '1 civilians_killed',
      '2 civilians_killed',
      '3 civilians_killed',
    ]);
  });

  it('keeps men alone as soldiers', () => {
    expect(metrics('The army lost more than 300 men in the first week.')).toEqual(['300 soldiers_killed']);
  });
});
