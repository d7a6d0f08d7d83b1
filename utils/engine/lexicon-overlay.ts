/**
 * A topic pack in another language: the pack's ids, labels, eras and claimants, with the lexicon's
 * words in place of the English ones. Names of claimants and countries are kept and extended (a
 * German text may write "Aliyev" as the English one does, or "Alijew").
 */
import type { Lexicon } from './lexicon';
import type { TopicPackData } from './topic-pack';
import type { Party } from './types';

const PARTIES: Party[] = ['ARM', 'NK', 'AZ', 'other'];

export function overlayLexicon(data: TopicPackData, lex: Lexicon): TopicPackData {
  const markers = {} as Record<Party, string[]>;
  for (const party of PARTIES) markers[party] = [...(lex.partyMarkers[party] ?? [])];
  const countries: Record<string, string[]> = {};
  for (const [country, list] of Object.entries(lex.countries ?? {})) countries[country] = [...list];
  return {
    ...data,
    eras: data.eras.map((era) => ({ ...era, cues: lex.eras?.[era.id] ?? [] })),
    metrics: data.metrics.map((m) => ({ ...m, nouns: lex.metrics[m.id] ?? [] })),
    events: lex.events,
    sides: lex.sides,
    places: { AZ: lex.places?.AZ ?? [], ARM: lex.places?.ARM ?? [] },
    claimantRoles: lex.claimantRoles,
    partyMarkers: markers,
    countries,
    claimants: data.claimants.map((c) => ({
      ...c,
      // Proper names in Latin script read the same in every Latin-script language.
      aliases: [
        ...c.aliases.filter((a) => /^\p{Lu}\p{Ll}/u.test(a) && !/^the /i.test(a) && !isMarker(data, a)),
        ...(lex.claimants?.[c.id] ?? []),
      ],
    })),
    tolls: lex.tolls ?? { nouns: [], verbs: [], groups: {}, defaultGroup: data.tolls.defaultGroup },
    attribution: {
      verbs: lex.attribution.verbs,
      prepositions: lex.attribution.prepositions,
      carryPronouns: lex.attribution.carryPronouns,
      admissionVerbs: lex.attribution.admissionVerbs,
      breakdownOpenings: lex.attribution.breakdownOpenings ?? [],
      forwardReferences: lex.attribution.forwardReferences ?? [],
    },
  };
}

function isMarker(data: TopicPackData, alias: string): boolean {
  const lower = alias.toLowerCase();
  return Object.values(data.partyMarkers).some((list) => list.some((m) => m.toLowerCase() === lower));
}
