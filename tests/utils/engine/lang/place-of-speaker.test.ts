/**
 * A bare role opened by the place it speaks from ("In Baku, the interior ministry said") is that
 * place's country's, not the last speaker of that role from another country. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const parties = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.claimant?.party ?? null}`);

describe('a bare role and the place it speaks from', () => {
  it('takes the country of the place (en)', () => {
    expect(
      parties(
        'en',
        "Armenia's interior ministry said 4 civilians were hurt in Vardenis. In Baku, the interior ministry said 6 civilians were killed in Terter.",
      ),
    ).toEqual(['4 civilians_injured ARM', '6 civilians_killed AZ']);
  });

  it('takes the country of a capital after "from" (en)', () => {
    expect(
      parties(
        'en',
        "Armenia's defence ministry said 9 soldiers were killed. From Yerevan, the defence ministry said 2 more soldiers died. From Baku, the defence ministry said 5 soldiers were killed.",
      ).at(-1),
    ).toBe('5 soldiers_killed AZ');
  });

  it('still carries the role when no place opens it', () => {
    expect(
      parties(
        'en',
        "Armenia's interior ministry said 4 civilians were hurt in Vardenis. The interior ministry said 6 more were hurt in Goris.",
      ),
    ).toEqual(['4 civilians_injured ARM', '6 civilians_injured ARM']);
  });
});
