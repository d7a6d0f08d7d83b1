import { describe, expect, it } from 'vitest';
import { agreement, figureRange, vagueTermOf } from '../../../utils/store/agreement';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });

describe('agreement between a stored figure and the page figure', () => {
  it('is same for the same number said the same way', () => {
    expect(agreement(exact(2), exact(2))).toBe('same');
    expect(agreement({ value: 14, qualifier: 'at_least' }, { value: 14, qualifier: 'at_least' })).toBe(
      'same',
    );
  });

  it('is compatible when one figure bounds the other ("at least 14" vs 20)', () => {
    expect(agreement({ value: 14, qualifier: 'at_least' }, exact(20))).toBe('compatible');
    expect(agreement(exact(20), { value: 14, qualifier: 'more_than' })).toBe('compatible');
    expect(agreement({ value: 50, qualifier: 'up_to' }, exact(36))).toBe('compatible');
    expect(agreement({ value: 30, qualifier: 'about' }, exact(31))).toBe('compatible');
  });

  it('is compatible when a vague word covers the number ("dozens" vs 36)', () => {
    expect(agreement({ value: null, qualifier: 'vague', text: 'dozens of soldiers' }, exact(36))).toBe(
      'compatible',
    );
    expect(agreement(exact(300), { value: null, qualifier: 'vague', text: 'Hundreds of civilians' })).toBe(
      'compatible',
    );
  });

  it('differs when the ranges do not meet', () => {
    expect(agreement(exact(2), exact(4))).toBe('differs');
    expect(agreement({ value: 14, qualifier: 'more_than' }, exact(14))).toBe('differs');
    expect(agreement({ value: null, qualifier: 'vague', text: 'dozens' }, exact(5))).toBe('differs');
    expect(agreement({ value: 30, qualifier: 'about' }, exact(40))).toBe('differs');
    expect(agreement({ value: 10, qualifier: 'up_to' }, { value: 10, qualifier: 'more_than' })).toBe(
      'differs',
    );
  });

  it('is unknown when a figure has no range to compare', () => {
    expect(agreement({ value: null, qualifier: 'vague', text: 'many soldiers' }, exact(3))).toBe('unknown');
    expect(agreement(exact(3), { value: null, qualifier: 'vague' })).toBe('unknown');
  });

  it('reads "tens of thousands" as such, not as "thousands"', () => {
    expect(vagueTermOf('tens of thousands of people')).toBe('tens of thousands');
    expect(figureRange({ value: null, qualifier: 'vague', text: 'tens of thousands of people' })).toEqual([
      20_000, 99_999,
    ]);
    expect(vagueTermOf('Dozens')).toBe('dozens');
    expect(vagueTermOf('dozen')).toBeUndefined();
  });
});
