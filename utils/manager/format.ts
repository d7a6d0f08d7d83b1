/** Small text helpers of the manager page. Pure. */

import { liveRecord } from '../i18n/live';
import { SIDE_LOSSES } from '../labels';
import { formatNumber } from '../overlay/format';
import type { ClaimOrigin } from '../store/types';

/** "1 claim", "3 claims", "100,000 claims". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatNumber(n)} ${n === 1 ? noun : plural}`;
}

/** 0 -> "0 bytes"; 1536 -> "1.5 KB"; 52428800 -> "50 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

const ORIGIN_LABELS: Readonly<Record<ClaimOrigin, string>> = liveRecord({
  seed: 'origin.seed',
  user: 'origin.user',
  import: 'origin.import',
  read: 'origin.read',
});

export function originLabel(origin: ClaimOrigin): string {
  return ORIGIN_LABELS[origin];
}

/** "crosstally-claims-2020-09-27.json": a download's file name with the day it was made. */
export function exportFileName(
  what: string,
  extension: 'json' | 'json.gz' | 'csv' | 'jsonld',
  now: Date,
): string {
  const day = now.toISOString().slice(0, 10);
  return `crosstally-${what}-${day}.${extension}`;
}

/** Whose losses a figure counts, in words; empty when unknown. */
export function sideLabel(side: 'AZ' | 'ARM' | null): string {
  return side ? SIDE_LOSSES[side] : '';
}
