/** Small text helpers of the manager page. Pure. */

import type { UiLanguage } from '../i18n/languages';
import { liveRecord } from '../i18n/live';
import { getUiLanguage } from '../i18n/translate';
import { SIDE_LOSSES } from '../labels';
import type { ClaimOrigin } from '../store/types';

const BYTE_UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A size in the UI language: 0 -> "0 bytes"; 1536 -> "1.5 kB"; 52428800 -> "50 MB" ("50 МБ",
 * "50 Mo"). Steps of 1024; one decimal below 100. Bytes are spelled out ("512 bytes", "512 байт"):
 * CLDR's short English form is "512 byte".
 */
export function formatBytes(bytes: number, language: UiLanguage = getUiLanguage()): string {
  if (!Number.isFinite(bytes) || bytes < 1024) {
    const format = new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
    return format.format(Math.max(0, Math.round(bytes || 0)));
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value >= 100 ? 0 : 1,
  }).format(value);
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
