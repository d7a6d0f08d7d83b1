/**
 * A scan names the term that matched, wherever the term sits in a long list: a term later in the
 * list wins only where the earlier ones fail.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../utils/engine/coverage/fold';
import { compileCoverage, scanHits } from '../../../../utils/engine/coverage/patterns';
import { defaultPackData, type TopicPackData } from '../../../../utils/engine/topic-pack';

function packWithContext(patterns: string[]): TopicPackData {
  const pack: TopicPackData = structuredClone(defaultPackData);
  pack.coverage.context = patterns.map((pattern) => ({ term: pattern, pattern, weight: 1 }));
  return pack;
}

describe('scanHits', () => {
  it('names the first listed term that matches a whole word, across a list of dozens of terms', () => {
    const fillers = Array.from({ length: 30 }, (_, i) => `filler${i}word`);
    const patterns = [
      ...fillers.slice(0, 9),
      '(broken',
      'karabakh',
      'kara\\p{L}*',
      ...fillers.slice(9, 18),
      'tiraspol',
      'tiras\\p{L}*',
      ...fillers.slice(18),
      'moldova',
    ];
    const compiled = compileCoverage(packWithContext(patterns)).context;
    const text = foldText('Karabakhis met in Tiraspol; karabakh, tiraspolers and Moldova. filler29word.');
    const named = scanHits(compiled, text).map((hit) => [
      compiled.specs[hit.spec]?.term,
      text.slice(hit.start, hit.end),
    ]);
    expect(named).toEqual([
      ['kara\\p{L}*', 'karabakhis'],
      ['tiraspol', 'tiraspol'],
      ['karabakh', 'karabakh'],
      ['tiras\\p{L}*', 'tiraspolers'],
      ['moldova', 'moldova'],
      ['filler29word', 'filler29word'],
    ]);
  });
});
