/**
 * Claim packs for the manager's 100,000-claim test: deterministic, generated from the topic pack's
 * metrics and claimants, in files small enough to import (20,000 claims each).
 */

import { defaultPackData } from '../../utils/engine/topic-pack';
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION } from '../../utils/store/claim-pack/schema';
import type { Claim, Source } from '../../utils/store/types';
import { seededRandom } from '../bench/extension/stats';

export const BIG_TOTAL = 100_000;
const PER_PACK = 20_000;
const PER_SOURCE = 10;
const places = [
  'Stepanakert',
  'Shusha',
  'Hadrut',
  'Fizuli',
  'Jabrayil',
  'Martuni',
  'Agdam',
  'Tartar',
  'Ganja',
  'Lachin',
];

export function* bigPacks(): Generator<string> {
  const random = seededRandom(20200927);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let from = 0; from < BIG_TOTAL; from += PER_PACK) {
    const sources: Source[] = [];
    const claims: Claim[] = [];
    for (let i = from / PER_SOURCE; claims.length < PER_PACK; i++) {
      const outlet = random() < 0.1 ? null : `Outlet ${i % 300}`;
      const source: Source = {
        id: `big-${i}`,
        label: `Report ${i}`,
        outlet,
        url: null,
        language: 'en',
        publishedDate: '2020-10-01',
        kind: 'import',
        segments: [],
      };
      sources.push(source);
      for (let j = 0; j < PER_SOURCE; j++) {
        const metric = pick(defaultPackData.metrics);
        const claimant = random() < 0.15 ? null : pick(defaultPackData.claimants);
        const value = 1 + Math.floor(random() * 60);
        const figure = `${value} ${metric.id.split('_')[0]}`;
        const quote = `Near ${pick(places)}, ${figure} were lost, officials said.`;
        const at = quote.indexOf(figure);
        claims.push({
          id: `${source.id}#${metric.id}@${j * 100}`,
          metric: metric.id,
          value,
          qualifier: 'exact',
          side: pick(['AZ', 'ARM', null] as const),
          claimant: claimant && { id: claimant.id, label: claimant.label, party: claimant.party },
          sourceId: source.id,
          quote,
          quoteFigureStart: at,
          quoteFigureEnd: at + figure.length,
          selector: { exact: figure, prefix: '', suffix: '' },
          start: j * 100,
          end: j * 100 + figure.length,
          period: null,
          origin: 'import',
          createdAt: 1,
          updatedAt: 1,
        });
      }
    }
    yield JSON.stringify({
      format: CLAIM_PACK_FORMAT,
      version: CLAIM_PACK_VERSION,
      createdAt: 1,
      sources,
      claims,
    });
  }
}
