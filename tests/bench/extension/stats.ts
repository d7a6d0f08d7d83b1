/** Summaries of repeated measurements: medians, quantiles and the growth exponent of a power law. */

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** The value at quantile `q` (nearest rank) of `values`; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    p95: quantile(values, 0.95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  };
}

/**
 * Least-squares slope of log(y) against log(x): y ∝ x^k gives k (1 = linear growth).
 * Needs at least two distinct sizes and positive values.
 */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const usable = points.filter((point) => point.x > 0 && point.y > 0);
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((point) => Math.log(point.x));
  const ys = usable.map((point) => Math.log(point.y));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * ((ys[i] as number) - meanY);
    variance += (x - meanX) ** 2;
  });
  return variance === 0 ? Number.NaN : covariance / variance;
}

/** Least-squares line y = intercept + slope·x, with R² (how much of y's variance the line explains). */
export function linearFit(points: readonly { x: number; y: number }[]): {
  intercept: number;
  slope: number;
  r2: number;
} {
  const n = points.length;
  if (n < 2) return { intercept: Number.NaN, slope: Number.NaN, r2: Number.NaN };
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  }
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  return { intercept: meanY - slope * meanX, slope, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** Deterministic pseudo-random numbers (mulberry32): every run generates the same pages and packs. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
