/**
 * "В ведомстве заявили …", "По данным ведомства …", "В министерстве сообщили …": a ministry named
 * by no country stands for the last one the paragraph names with its country, whether or not that
 * sentence quoted it ("Минобороны Армении провело брифинг."), else the one the headline names.
 * Across a paragraph break, or after another party spoke, it is not carried from there. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('Russian: the ministry named before', () => {
  it.each([
    [
      'Министерство обороны Армении провело брифинг. В ведомстве заявили, что уничтожены 8 азербайджанских танков.',
      ['8 tanks_destroyed AZ ARM'],
    ],
    [
      'Минобороны Азербайджана отчиталось о ходе боев. В министерстве сообщили, что сбиты три армянских вертолета.',
      ['3 helicopters_downed ARM AZ'],
    ],
    [
      'Минобороны Азербайджана: за ночь уничтожены 9 армянских танков\n\nВ ведомстве также заявили, что сбиты 6 беспилотников противника.',
      ['9 tanks_destroyed ARM AZ', '6 drones_downed ARM AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Министерство обороны Армении провело брифинг.\n\nВ ведомстве заявили, что уничтожены 7 азербайджанских танков.',
      ['7 tanks_destroyed AZ -'],
    ],
    [
      'Минобороны Армении опровергло эти данные. Президент Азербайджана заявил, что уничтожены 5 танков. В ведомстве добавили, что сбиты 3 беспилотника.',
      ['5 tanks_destroyed ARM AZ', '3 drones_downed ARM AZ'],
    ],
  ])('not carried: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
