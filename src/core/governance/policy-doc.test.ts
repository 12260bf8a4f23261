import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_DOC } from './policy-doc';

// The app shows POLICY_DOC; docs/policy.md is what the README links to. They must say the same.
describe('policy documentation', () => {
  it('docs/policy.md states exactly what the app shows', () => {
    const doc = readFileSync(new URL('../../../docs/policy.md', import.meta.url), 'utf8');
    expect(doc).toBe(`# gotopo policy rules\n\n${POLICY_DOC.replace(/^### Policy file\n\n/, '')}`);
  });
});
