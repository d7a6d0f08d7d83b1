/**
 * A side's losses named before a colon or dash, the counts after it ("Verluste beim Gegner: 200
 * Soldaten", "о потерях противника: 200", "düşmanın kayıpları: 200"): the owner of the losses
 * lost them, the enemy being the speaker's other side. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs } from './briefs';

const sides = (lang: string, text: string) => claimantBriefs(lang)(text).map((f) => [f.metric, f.side]);

describe('losses named before a colon', () => {
  it.each([
    ['de', 'Das armenische Verteidigungsministerium meldete Verluste beim Gegner: 120 Soldaten.'],
    ['ru', 'Минобороны Армении сообщило о потерях противника: 120 военнослужащих.'],
    ['tr', 'Ermenistan Savunma Bakanlığı düşmanın kayıplarını açıkladı: 120 asker.'],
  ])('%s: the enemy of the speaker lost them', (lang, text) => {
    expect(sides(lang, text)).toEqual([['soldiers_killed', 'AZ']]);
  });
});
