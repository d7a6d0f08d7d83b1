/** Claim ids of figures read from a source (pure; the pack builder, the writes and the upgrades share it). */

/** Stable, content-based claim id: the same figure in the same source always gets the same id. */
export function claimIdFor(sourceId: string, metric: string, start: number): string {
  return `${sourceId}#${metric}@${start}`;
}
