/** What every view of the manager page is handed by ManagerPage. */
import type { ClaimantRef } from '../../utils/engine/types';
import type { Download, Send } from '../../utils/manager/client';
import type { UndoAction } from '../../utils/manager/undo';
import type { ProtocolError } from '../../utils/messaging/protocol';
import type { ClaimFacets } from '../../utils/store/manager/types';

export interface MetricOption {
  id: string;
  label: string;
}

export interface ManagerEnv {
  /** Asks the background; a full disk also raises the page's storage alert. */
  send: Send;
  download: Download;
  /** The reader page for a stored source, at a claim when given. */
  readerHref: (sourceId: string, claimId?: string) => string;
  /** What the store holds, for filters and counts; null until loaded. */
  facets: ClaimFacets | null;
  /** Claimants to choose from: the topic pack's and any others in the store. */
  claimants: readonly ClaimantRef[];
  metrics: readonly MetricOption[];
  /** Bumped after every write, so views reload. */
  revision: number;
  /** Call after a write. */
  changed: () => void;
  /** Offers undo of what was just done (a toast with an Undo button). */
  offerUndo: (message: string, action: UndoAction) => void;
  /** Says something happened (a toast without undo). */
  notify: (message: string) => void;
  /** Shows a failure that belongs to no form field. */
  report: (error: ProtocolError) => void;
  now: () => Date;
}

export function metricLabelIn(env: Pick<ManagerEnv, 'metrics'>, metric: string): string {
  return env.metrics.find((option) => option.id === metric)?.label ?? metric;
}
