/**
 * Russian has no article to count one machine: "сбит азербайджанский вертолет", "подбитого
 * вертолета", "вертолет был сбит" each count one (the lexicon's implicitOne). A machine named
 * with no loss, or with a count of its own, is not one more. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('ru');

describe('Russian: a machine lost without a count', () => {
  it('counts one after the loss verb, with its side and speaker', () => {
    expect(read('Армянские военные подбили азербайджанский танк, сообщило Минобороны Армении.')).toEqual([
      figure(1, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod'),
    ]);
  });

  it('counts one after a loss participle in the genitive', () => {
    expect(
      extractFigures('На снимке остатки сбитого армянского штурмовика.', { lang: 'ru' }).map((f) => f.text),
    ).toEqual(['армянского штурмовика']);
  });

  it('counts one before a passive loss, its designation not again', () => {
    expect(read('Армянский самолет Су-25 был сбит у границы.')).toEqual([
      figure(1, 'exact', 'aircraft_downed', 'ARM'),
    ]);
  });

  it('counts the machine of a model name once, not the model’s number', () => {
    expect(read('Самолет Су-25 был сбит над Арменией.')).toEqual([
      figure(1, 'exact', 'aircraft_downed', null),
    ]);
  });

  it('leaves a machine with no loss, and a count of its own, alone', () => {
    expect(read('Вертолет доставил раненых в Ереван.')).toEqual([]);
    expect(read('Сбиты три азербайджанских беспилотника.')).toEqual([
      figure(3, 'exact', 'drones_downed', 'AZ'),
    ]);
  });
});
