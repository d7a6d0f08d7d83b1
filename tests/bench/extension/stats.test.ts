/** The summaries the extension bench prints: medians, quantiles, growth exponents, linear fits. */
import { describe, expect, it } from 'vitest';
import { growthExponent, linearFit, median, quantile, seededRandom, summarize } from './stats';

describe('median and quantile', () => {
  it('take the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('give the nearest-rank p95 and the range', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(values, 0.95)).toBe(19);
    expect(summarize(values)).toMatchObject({ median: 10.5, p95: 19, min: 1, max: 20, runs: 20 });
  });
});

describe('growthExponent', () => {
  it('is 1 for linear growth and 2 for quadratic, whatever the constant factor', () => {
    const sizes = [1, 10, 100];
    expect(growthExponent(sizes.map((x) => ({ x, y: 7 * x })))).toBeCloseTo(1, 10);
    expect(growthExponent(sizes.map((x) => ({ x, y: 0.5 * x * x })))).toBeCloseTo(2, 10);
  });

  it('is below 1 when a fixed cost dominates the small sizes', () => {
    expect(growthExponent([1, 10, 100].map((x) => ({ x, y: 100 + x })))).toBeLessThan(0.5);
  });

  it('needs two usable points', () => {
    expect(growthExponent([{ x: 1, y: 1 }])).toBeNaN();
    expect(
      growthExponent([
        { x: 0, y: 1 },
        { x: 1, y: 1 },
      ]),
    ).toBeNaN();
  });
});

describe('linearFit', () => {
  it('recovers intercept and slope of an exact line, with R² 1', () => {
    const fit = linearFit([1, 2, 5].map((x) => ({ x, y: 3 + 2 * x })));
    expect(fit.intercept).toBeCloseTo(3, 10);
    expect(fit.slope).toBeCloseTo(2, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 100 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 100 }, () => b()));
    expect(drawn.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(drawn).size).toBe(100);
  });
});
