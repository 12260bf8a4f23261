import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands as en-US does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(4686)).toBe('4,686');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-25000)).toBe('-25,000');
  });

  it('agrees with toLocaleString on integers of every length, and leaves other numbers to it', () => {
    for (let n = 1; n < Number.MAX_SAFE_INTEGER / 7; n = n * 7 + 3) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      expect(formatCount(-n)).toBe((-n).toLocaleString('en-US'));
    }
    expect(formatCount(1234.5678)).toBe('1,234.568');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});
