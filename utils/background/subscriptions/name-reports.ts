/**
 * The overlay names the pack a report came from ("from pack: X desk"): reports of subscribed packs
 * are recognised by their namespaced source ids and given the subscription's title.
 */

import { type Subscription, subscriptionOfId } from '../../store/published/subscription';
import type { ReportsForFigure } from '../../store/types';

export function namePackReports(
  reports: ReportsForFigure,
  subscriptions: readonly Subscription[],
): ReportsForFigure {
  if (subscriptions.length === 0) return reports;
  const titles = new Map(subscriptions.map((sub) => [sub.id, sub.title]));
  const groups = [...reports.groups, ...reports.otherPeriods.flatMap((section) => section.groups)];
  for (const group of groups) {
    for (const claimant of group.claimants) {
      for (const report of claimant.reports) {
        const id = subscriptionOfId(report.sourceId);
        const title = id === null ? undefined : titles.get(id);
        if (title) report.pack = title;
      }
    }
  }
  return reports;
}
