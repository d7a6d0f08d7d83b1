/**
 * A headline or teaser figure that the body restates is reported once, from the body; a figure only
 * the headline has is kept, and languages whose labels count every copy keep them all.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const HEADLINE = 'Prosecutor: 12 civilians killed, 30 injured in Tartar';
const BODY =
  'A total of 12 civilians have been killed and 30 injured since the shelling began, the Azerbaijani prosecutor’s office said.';

const found = (text: string, lang = 'en') =>
  extractFigures(text, { lang }).map((f) => ({ at: f.start, value: f.value, metric: f.metric }));

describe('headline copies of a figure', () => {
  it('reports a figure the headline, a repeated headline and the body all carry once, at the body', () => {
    const text = `${HEADLINE}\n\n${HEADLINE}\n\n${BODY}`;
    const bodyAt = text.indexOf(BODY);
    const figures = found(text);
    expect(figures.map((f) => [f.value, f.metric])).toEqual([
      [12, 'civilians_killed'],
      [30, 'civilians_injured'],
    ]);
    expect(figures.every((f) => f.at >= bodyAt)).toBe(true);
  });

  it('drops a teaser fragment without a full stop that the lead restates', () => {
    const text = `30 others were injured\n\n${BODY}`;
    expect(found(text).filter((f) => f.value === 30)).toHaveLength(1);
    expect(found(text)[0]?.at).toBeGreaterThan(text.indexOf(BODY) - 1);
  });

  it('keeps a headline figure the body does not restate', () => {
    const text = `Prosecutor: 14 civilians killed in Tartar\n\n${BODY}`;
    expect(found(text).map((f) => f.value)).toEqual([14, 12, 30]);
  });

  it('keeps body restatements: a quoted statement is a sentence, not a headline', () => {
    const text = `${BODY}\n\n“12 civilians have been killed and 30 injured,” the office said.`;
    expect(found(text).map((f) => f.value)).toEqual([12, 30, 12, 30]);
  });

  it('keeps a photo caption: its sentences and credit are no headline', () => {
    const text = `${BODY}\n\nSHELLING: Homes were hit in Tartar. 12 civilians have been killed and 30 injured. Photo: Agency / AP`;
    expect(found(text).map((f) => f.value)).toEqual([12, 30, 12, 30]);
  });

  it('keeps every copy in a language whose labels count each (Turkish)', () => {
    const text =
      'Savunma Bakanlığı: 12 tank imha edildi\n\nAzerbaycan Savunma Bakanlığı, 12 tankın imha edildiğini açıkladı.';
    expect(found(text, 'tr').map((f) => f.value)).toEqual([12, 12]);
  });

  it('gives a kept headline copy with no speaker the speaker of the body figure it repeats', () => {
    const text =
      'Tərtərə atəş: 4 ölü\n\nHikmət Hacıyev bildirib ki, Tərtər rayonunda atəş nəticəsində 4 nəfər həlak olub.';
    const figures = extractFigures(text, { lang: 'az' });
    expect(figures.map((f) => [f.value, f.claimant?.id ?? null])).toEqual([
      [4, 'az_hajiyev'],
      [4, 'az_hajiyev'],
    ]);
  });
});
