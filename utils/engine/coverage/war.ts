/**
 * The war without its name: a report on the shelling of Ganja, an MoD statement on "the
 * adversary's" losses, or a wire story on Armenian and Azerbaijani troops fighting may never name
 * Karabakh. Such a text still covers the conflict when a party to it (Armenia, Azerbaijan, in any
 * language) stands beside military vocabulary and either the other party, a place of the war, or
 * "the enemy". Casualty words (killed, wounded) support the score but never qualify a text alone:
 * road accidents have them too. Beside a place of the war and a strike on it, they stand in for
 * the second military word ("shelling of Ganja: the toll rises"). The war's own front ("the line
 * of contact") is military vocabulary that also places the text, as a town of the war does: a
 * ministry statement on ceasefire breaches there names only the other party.
 */
import type { CompiledCoverage, CoverageCueSpec } from './patterns';
import type { Located } from './score';

/** Military, enemy and casualty words: evidence only in a text about the two parties' fighting. */
export function isWarVocabulary(spec: CoverageCueSpec): boolean {
  return spec.role === 'war' || spec.role === 'front' || spec.role === 'enemy' || spec.role === 'toll';
}

export interface WarReading {
  /** Whether the text reports the Armenia–Azerbaijan fighting, named or not. */
  eligible: boolean;
  /** Distinct military terms present. */
  military: number;
  /**
   * Mentions of the war's places: they stand in for core mentions when look-alike cues are weighed
   * (the parties do not: a text on the genocide of 1915 names Armenia throughout).
   */
  anchors: number;
  /** Distinct parties named as such (Armenia, Azerbaijan in any language; not their capitals or leaders). */
  parties: number;
  /** Whether any military, enemy or casualty word is present. */
  warWords: boolean;
}

/**
 * `drill`: the text names military exercises (a look-alike group marked exercise). Its troops,
 * tanks and artillery then describe the drill, so only a word of losses (killed, wounded, refugees)
 * makes it a report of the fighting: joint drills a neighbour "follows closely" are not one.
 */
export function readWar(compiled: CompiledCoverage, context: Located[], drill = false): WarReading {
  const { minWar } = compiled.scoring.unnamed;
  const military = new Set<number>();
  const sides = new Set<string>();
  const parties = new Set<string>();
  let party = false;
  let place = false;
  let enemy = false;
  let anchors = 0;
  let warWords = false;
  let losses = false;
  for (const { hits } of context) {
    for (const hit of hits) {
      const spec = compiled.context.specs[hit.spec];
      if (!spec) continue;
      if (spec.side) sides.add(spec.side);
      if (spec.role === 'party') party = true;
      if (spec.role === 'party' && spec.side) parties.add(spec.side);
      if (isWarVocabulary(spec)) warWords = true;
      if (spec.role === 'place' || spec.role === 'front') place = true;
      if (spec.role === 'enemy') enemy = true;
      if (spec.role === 'war' || spec.role === 'front' || spec.role === 'enemy') military.add(hit.spec);
      if (spec.role === 'place' || spec.role === 'front') anchors++;
      if (spec.role === 'toll') losses = true;
    }
  }
  const struck = place && losses && military.size >= minWar - 1;
  const eligible =
    party && (military.size >= minWar || struck) && (sides.size >= 2 || place || enemy) && (!drill || losses);
  return { eligible, military: military.size, anchors, parties: parties.size, warWords };
}
