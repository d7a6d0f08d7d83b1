/**
 * Generated claim packs for the store benchmark: deterministic, shaped like news coverage (each
 * metric has a few hundred statements that many outlets repeat, the popular ones far more often),
 * written in the claim-pack format the extension imports.
 */
import { defaultPackData } from '../../../utils/engine/topic-pack';
import type { Qualifier, Side } from '../../../utils/engine/types';
import {
  CLAIM_PACK_FORMAT,
  CLAIM_PACK_VERSION,
  type ClaimPack,
} from '../../../utils/store/claim-pack/schema';
import type { Claim, PageFigure, Source } from '../../../utils/store/types';
import { seededRandom } from './stats';

export const CLAIMS_PER_SOURCE = 10;
const CREATED_AT = 1_600_000_000_000;
/** Place names the quotes use (search words for the benches). */
export const PLACES = [
  'Stepanakert',
  'Shusha',
  'Hadrut',
  'Fizuli',
  'Jabrayil',
  'Martuni',
  'Tartar',
  'Ganja',
  'Lachin',
];
const VERBS = ['said', 'claimed', 'reported', 'announced', 'stated', 'told reporters'];
const QUALIFIERS: Qualifier[] = ['exact', 'exact', 'exact', 'at_least', 'about', 'more_than', 'up_to'];
const SIDES: Side[] = ['AZ', 'ARM', null];

type Claimant = (typeof defaultPackData.claimants)[number];

interface Statement {
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: Claimant | null;
}

export interface ClaimPackGenerator {
  /** Claims [from, from + count) as one pack, with their sources. */
  pack(from: number, count: number): ClaimPack;
  /** A figure as a page would show it: a metric, value, side and claimant that occur in the packs. */
  figure(index: number): PageFigure;
  /** Search words a reader would type: places, claimants, outlets, nouns. */
  query(index: number): string;
}

/**
 * How claims are spread. 'news' (default): each metric has a few hundred statements (a ministry's
 * figure on a given day) that many outlets repeat, the popular ones far more often (Zipf), plus 5%
 * one-off figures. 'uniform' (the worst case for grouping): every claim draws value, wording, side
 * and claimant at random, so nearly no two claims group together.
 */
export type ClaimDistribution = 'news' | 'uniform';

export function claimPackGenerator(
  seed = 20200927,
  distribution: ClaimDistribution = 'news',
): ClaimPackGenerator {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const outlets = Array.from(
    { length: 300 },
    (_, i) => `Outlet ${i} ${pick(['News', 'Times', 'Daily', 'Wire'])}`,
  );
  const randomStatement = (): Statement => {
    const vague = random() < 0.03;
    return {
      value: vague ? null : 1 + Math.floor(random() * 60),
      qualifier: vague ? 'vague' : pick(QUALIFIERS),
      side: pick(SIDES),
      claimant: random() < 0.15 ? null : pick(defaultPackData.claimants),
    };
  };
  const statements = new Map(
    defaultPackData.metrics.map((metric) => [
      metric.id,
      Array.from({ length: 200 + Math.floor(random() * 400) }, randomStatement),
    ]),
  );
  const statementFor = (metric: string): Statement => {
    const pool = statements.get(metric) ?? [];
    if (distribution === 'uniform' || pool.length === 0 || random() < 0.05) return randomStatement();
    // Zipf-like: rank r drawn with weight ~1/r.
    return pool[Math.floor(Math.exp(random() * Math.log(pool.length + 1))) - 1] ?? randomStatement();
  };

  const source = (i: number): Source => {
    const outlet = random() < 0.1 ? null : pick(outlets);
    return {
      id: `bench-src-${i}`,
      label: outlet ? `${outlet} report ${i}` : `Repost ${i}, outlet not named`,
      outlet,
      url: `https://bench.example/${i}`,
      language: 'en',
      publishedDate: `2020-${String(9 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      kind: 'import',
      segments: [],
    };
  };

  const claim = (owner: Source, j: number): Claim => {
    const metric = pick(defaultPackData.metrics);
    const { value, qualifier, side, claimant } = statementFor(metric.id);
    const noun = (metric.nouns[0] ?? 'things').replace(/[?()|\\[\]]/g, '');
    const figureText = `${value === null ? 'dozens of' : value} ${noun}`;
    const lead = `${claimant?.label ?? 'Officials'} ${pick(VERBS)} near ${pick(PLACES)} that `;
    const quote = `${lead}${figureText} were lost during fighting around ${pick(PLACES)}.`;
    const start = 1000 * j + lead.length;
    const figureEnd = lead.length + figureText.length;
    return {
      id: `${owner.id}#${metric.id}@${start}`,
      metric: metric.id,
      value,
      qualifier,
      side,
      claimant: claimant && { id: claimant.id, label: claimant.label, party: claimant.party },
      sourceId: owner.id,
      quote,
      quoteFigureStart: lead.length,
      quoteFigureEnd: figureEnd,
      selector: {
        exact: figureText,
        prefix: lead.slice(-32),
        suffix: quote.slice(figureEnd, figureEnd + 32),
      },
      start,
      end: start + figureText.length,
      period: owner.publishedDate,
      origin: 'import',
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
    };
  };

  return {
    pack(from, count) {
      const sources: Source[] = [];
      const claims: Claim[] = [];
      for (let i = Math.floor(from / CLAIMS_PER_SOURCE); claims.length < count; i++) {
        const owner = source(i);
        sources.push(owner);
        for (let j = 0; j < CLAIMS_PER_SOURCE && claims.length < count; j++) claims.push(claim(owner, j));
      }
      return {
        format: CLAIM_PACK_FORMAT,
        version: CLAIM_PACK_VERSION,
        createdAt: CREATED_AT,
        sources,
        claims,
      };
    },
    figure(index) {
      const metric = defaultPackData.metrics[index % defaultPackData.metrics.length];
      const pool = statements.get(metric?.id ?? '') ?? [];
      const statement = pool[index % Math.max(1, pool.length)] ?? randomStatement();
      const claimant = statement.claimant;
      return {
        metric: metric?.id ?? 'helicopters_downed',
        value: statement.value,
        qualifier: statement.qualifier,
        side: statement.side,
        claimant: claimant && { id: claimant.id, label: claimant.label, party: claimant.party },
      };
    },
    query(index) {
      const claimant = defaultPackData.claimants[index % defaultPackData.claimants.length];
      const metric = defaultPackData.metrics[index % defaultPackData.metrics.length];
      const noun = (metric?.nouns[0] ?? 'tanks').replace(/[?()|\\[\]]/g, '');
      const kinds = [
        PLACES[index % PLACES.length] ?? 'Shusha',
        claimant?.label ?? 'Armenia',
        `${noun} ${PLACES[(index * 7) % PLACES.length]}`,
        outlets[index % outlets.length] ?? 'Outlet 1',
        `${1 + (index % 60)} ${noun}`,
      ];
      return kinds[index % kinds.length] as string;
    },
  };
}
