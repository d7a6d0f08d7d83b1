/**
 * A counted noun followed by a loss verb that has an object of its own acted; it lost nothing:
 * "a Turkish F-16 shot down an Armenian Su-25", "an Azerbaijani drone hit a bus". Headline
 * passives with the auxiliary left out still count ("2 helicopters shot down near Fuzuli"), and so
 * does a verb's object whose "and" was dropped. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('a count that acted', () => {
  it('reads the downed plane, not the one that downed it', () => {
    expect(read('A Turkish F-16 shot down an Armenian Su-25 on Tuesday, Yerevan said.')).toEqual([
      '1 aircraft_downed ARM [an Armenian Su-25]',
    ]);
  });

  it('reads the victims, not the drone that struck them', () => {
    expect(read('An Azerbaijani drone hit a minibus near Martuni, killing 4 civilians.')).toEqual([
      '4 civilians_killed ARM [4 civilians]',
    ]);
  });

  it('still reads a headline passive and a loss after a dropped "and"', () => {
    expect(read('Two Azerbaijani helicopters shot down near Fuzuli.')).toEqual([
      '2 helicopters_downed AZ [Two Azerbaijani helicopters]',
    ]);
    expect(read('Two Azerbaijani helicopters downed the previous day were found.')).toEqual([
      '2 helicopters_downed AZ [Two Azerbaijani helicopters]',
    ]);
    expect(read('Karabakh forces destroyed four tanks shot down two Azerbaijani helicopters.')).toEqual([
      '4 tanks_destroyed AZ [four tanks]',
      '2 helicopters_downed AZ [two Azerbaijani helicopters]',
    ]);
  });
});
