/**
 * "Killed or wounded" counts casualties, dead and wounded together: no metric holds that, and
 * reading it as killed would overstate the dead. A count whose predicate (or whose verbs before
 * it) pair two losses with "or" is not reported. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a count of killed or wounded', () => {
  it.each([
    'The defence ministry in Baku said 14 soldiers were killed or wounded near Fuzuli.',
    'Karabakh officials said 27 servicemen had been killed or injured overnight.',
    'Some 40 villagers were either killed or wounded in the raid on Martuni.',
    'The shelling of Tartar killed or wounded at least 30 civilians, the ombudsman said.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the counts beside it that name one loss', () => {
    expect(read('Six soldiers were killed, and 11 others were wounded or missing, the army said.')).toEqual([
      '6 soldiers_killed [Six soldiers]',
    ]);
    expect(read('The shelling of Tartar killed 3 civilians and wounded 8 in the evening.')).toEqual([
      '3 civilians_killed [3 civilians]',
      '8 civilians_injured [8]',
    ]);
  });
});
