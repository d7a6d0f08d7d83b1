/**
 * Whose losses a figure counts. Rules, strongest first: a nationality in the
 * figure itself ("two Azerbaijani helicopters"); "its"/"our" + the claimant;
 * "from both sides"; a claimant doing the damage ("Armenia says it shot down");
 * an attacker named after the figure ("killed by shelling from Armenia's
 * forces"); a party reporting casualties in the passive (its own).
 */
import type { CompiledPack } from './compiled-pack';
import type { Party, Side } from './types';

export interface SideContext {
  sentence: string;
  /** Figure offsets inside the sentence. */
  numberEnd: number;
  figureEnd: number;
  figureStart: number;
  /** Offset of the loss event word used to pick the metric, inside the sentence. */
  eventAt: number;
  /** Offset of the loss event that acts on the figure from before it ("shot down two …"), or -1. */
  eventBeforeAt: number;
  /** Where the agent of that event may be named: after the attribution verb and after any earlier figure. */
  agentFrom: number;
  claimantParty: Party | null;
  /** Casualty metrics (deaths, injuries) use the passive-report rule. */
  isCasualty: boolean;
}

const BOTH_SIDES = /^\s*(?:from|of|on|among)\s+both\s+(?:sides|countries|parties|armies)/i;
const POSSESSIVE = /\b(?:its|their|our|his|her)\b/i;

function partySide(party: Party | null): Side {
  if (party === 'AZ') return 'AZ';
  if (party === 'ARM' || party === 'NK') return 'ARM';
  return null;
}

function opposite(side: Side): Side {
  if (side === 'AZ') return 'ARM';
  if (side === 'ARM') return 'AZ';
  return null;
}

function markerSide(pack: CompiledPack, text: string): Side {
  for (const { side, pattern } of pack.sideMarkers) if (pattern.test(text)) return side;
  return null;
}

function firstPartySide(pack: CompiledPack, text: string): Side {
  for (const { party, pattern } of pack.partyMarkers) {
    pattern.lastIndex = 0;
    const hit = pattern.test(text);
    pattern.lastIndex = 0;
    if (hit && party !== 'other') return partySide(party);
  }
  return null;
}

/** Side of the attacker named in an agent phrase after the figure ("by shelling from Armenia's forces"). */
function attackerSide(pack: CompiledPack, after: string): Side {
  const m = /\b(?:by|from)\s+([^.;,]{0,70})/i.exec(after);
  if (!m) return null;
  return firstPartySide(pack, m[1] ?? '');
}

export function inferSide(pack: CompiledPack, ctx: SideContext): Side {
  const inFigure = ctx.sentence.slice(ctx.numberEnd, ctx.figureEnd);
  const own = markerSide(pack, inFigure);
  if (own) return own;
  if (POSSESSIVE.test(inFigure) && ctx.claimantParty) return partySide(ctx.claimantParty);
  const after = ctx.sentence.slice(ctx.figureEnd);
  if (BOTH_SIDES.test(after)) return null;
  if (ctx.eventBeforeAt >= 0) {
    const agent = firstPartySide(pack, ctx.sentence.slice(ctx.agentFrom, ctx.eventBeforeAt));
    if (agent) return opposite(agent);
    if (ctx.claimantParty) return opposite(partySide(ctx.claimantParty));
  }
  const attacker = attackerSide(pack, after);
  if (attacker) return opposite(attacker);
  if (ctx.isCasualty && ctx.eventAt > ctx.figureStart) return partySide(ctx.claimantParty);
  return null;
}
