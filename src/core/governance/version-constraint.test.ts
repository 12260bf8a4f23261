import { describe, expect, it } from 'vitest';
import { parseConstraint, satisfies } from './version-constraint';

const PSEUDO_NEXT_PATCH = 'v1.9.1-0.20230102150405-abcdef123456';
const PSEUDO_V0 = 'v0.0.0-20230102150405-abcdef123456';

describe('version constraints', () => {
  it.each([
    // [constraint, version, matches]
    ['v1.2.3', 'v1.2.3', true],
    ['1.2.3', 'v1.2.3', true],
    ['=1.2.3', '1.2.3', true],
    ['1.2.3', 'v1.2.4', false],
    ['1.2', 'v1.2.9', true],
    ['1.2.x', 'v1.3.0', false],
    ['1', 'v1.99.0', true],
    ['^1.9.0', 'v1.9.0', true],
    ['^1.9.0', 'v1.20.3', true],
    ['^1.9.0', 'v1.8.9', false],
    ['^1.9.0', 'v2.0.0', false],
    ['^0.9.1', 'v0.9.5', true],
    ['^0.9.1', 'v0.10.0', false],
    ['^0.0.3', 'v0.0.3', true],
    ['^0.0.3', 'v0.0.4', false],
    ['^0', 'v0.99.0', true],
    ['~1.9.0', 'v1.9.7', true],
    ['~1.9.0', 'v1.10.0', false],
    ['~1', 'v1.10.0', true],
    ['>=1.2.0 <2.0.0', 'v1.5.0', true],
    ['>= 1.2.0 < 2.0.0', 'v2.0.0', false],
    ['>1.2', 'v1.2.9', false],
    ['>1.2', 'v1.3.0', true],
    ['<=1.2', 'v1.2.9', true],
    ['<1.2', 'v1.2.0-rc.1', false],
    ['<1.2', 'v1.1.9', true],
    ['1.2.3 || ^2.1.0', 'v2.4.0', true],
    ['1.2.3 || ^2.1.0', 'v1.4.0', false],
    ['*', 'v0.0.1', true],
    ['', PSEUDO_V0, true],
    ['*', '', true],
    ['^1.0.0', '', false],
    ['^1.0.0', '(devel)', false],
  ])('%s matches %s: %s', (constraint, version, expected) => {
    expect(satisfies(version, constraint)).toBe(expected);
  });

  it('compares by Go semver: numbers numerically, a release above its prereleases', () => {
    expect(satisfies('v1.10.0', '>1.9.0')).toBe(true);
    expect(satisfies('v1.2.0-rc.1', '>=1.2.0')).toBe(false);
    expect(satisfies('v1.2.0-rc.10', '>v1.2.0-rc.9')).toBe(true);
  });

  describe('pseudo-versions and prereleases', () => {
    it('are matched by comparators in Go order (above their base, below the next release)', () => {
      expect(satisfies(PSEUDO_NEXT_PATCH, '>=1.9.0 <1.9.1')).toBe(true);
      expect(satisfies(PSEUDO_NEXT_PATCH, '>=1.9.1')).toBe(false);
      expect(satisfies(PSEUDO_V0, '>=0.0.0-0')).toBe(true);
      expect(satisfies(PSEUDO_V0, '>=0.0.0')).toBe(false);
    });

    it('never match ^, ~, exact or partial versions unless the constraint names a prerelease', () => {
      expect(satisfies(PSEUDO_NEXT_PATCH, '^1.9.0')).toBe(false);
      expect(satisfies(PSEUDO_NEXT_PATCH, '~1.9.0')).toBe(false);
      expect(satisfies(PSEUDO_NEXT_PATCH, '1.9')).toBe(false);
      expect(satisfies('v1.10.0-rc.1', '^1.9.0')).toBe(false);
      expect(satisfies(PSEUDO_NEXT_PATCH, PSEUDO_NEXT_PATCH)).toBe(true);
      expect(satisfies(PSEUDO_NEXT_PATCH, '^1.9.1-0')).toBe(true);
      expect(satisfies('v1.10.0-rc.1', '^1.9.0-rc.1')).toBe(true);
    });

    it('a set mixing ^ with comparators stays releases-only', () => {
      expect(satisfies(PSEUDO_NEXT_PATCH, '^1.9.0 <1.9.5')).toBe(false);
      expect(satisfies(PSEUDO_NEXT_PATCH, '^1.9.0 || >=1.9.0 <1.9.5')).toBe(true);
    });

    it('`<2.0.0` admits 2.0.0 prereleases by Go order; `<2.0.0-0` does not', () => {
      expect(satisfies('v2.0.0-rc.1', '>=1.0.0 <2.0.0')).toBe(true);
      expect(satisfies('v2.0.0-rc.1', '>=1.0.0 <2.0.0-0')).toBe(false);
    });
  });

  describe('+incompatible', () => {
    it('is ignored in comparison, as Go ignores build metadata', () => {
      expect(satisfies('v2.0.0+incompatible', 'v2.0.0')).toBe(true);
      expect(satisfies('v2.0.0', 'v2.0.0+incompatible')).toBe(true);
      expect(satisfies('v20.10.7+incompatible', '>=20.10.0 <21.0.0')).toBe(true);
    });

    it('is major 2 and up for ^', () => {
      expect(satisfies('v2.0.0+incompatible', '^1.9.0')).toBe(false);
      expect(satisfies('v2.3.0+incompatible', '^2.0.0')).toBe(true);
    });
  });

  it.each(['1.2.3.4', '^abc', 'v1.2.3 ||', '~>1.2', '1.x-rc.1', 'v1.2.3-01'])('rejects %s with a message naming it', (text) => {
    expect(() => parseConstraint(text)).toThrow(/version constraint/);
  });
});
