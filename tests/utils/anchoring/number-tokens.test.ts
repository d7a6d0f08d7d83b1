import { describe, expect, it } from 'vitest';
import { numberTokens, sameNumber, tokenValue } from '../../../utils/anchoring/number-tokens';

const texts = (text: string) => numberTokens(text).map((token) => token.text);

describe('number tokens', () => {
  it('finds digits, grouped digits, decimals and number words as whole tokens', () => {
    expect(texts('It said 2 helicopters, 1,200 soldiers and 3.5 tanks')).toEqual(['2', '1,200', '3.5']);
    expect(texts('twenty-five drones and one hundred and twenty tanks')).toEqual([
      'twenty-five',
      'one hundred and twenty',
    ]);
    expect(texts('Four helicopters')).toEqual(['Four']);
  });

  it('never finds a number inside a longer word or number', () => {
    expect(texts('someone often saw 12 tents on the 2nd day')).toEqual(['12']);
    expect(texts('A12 road, item 7b')).toEqual([]);
  });

  it('values tokens as a reader would', () => {
    expect(tokenValue('4')).toBe(4);
    expect(tokenValue('1,200')).toBe(1200);
    expect(tokenValue('twenty-five')).toBe(25);
    expect(tokenValue('one hundred and twenty')).toBe(120);
    expect(tokenValue('two thousand five hundred')).toBe(2500);
    expect(tokenValue('a few')).toBeNaN();
  });

  it('says "two" and "2" are the same number, and "2" and "4" are not', () => {
    expect(sameNumber('two', '2')).toBe(true);
    expect(sameNumber('2', '4')).toBe(false);
    expect(sameNumber('Twelve', 'dozen')).toBe(true);
  });
});
