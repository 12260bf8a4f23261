// Every finding rule, in report order.
import type { FindingRule } from './context';
import { deprecated } from './deprecated';
import { duplicateMajor } from './duplicate-major';
import { graphOnly } from './graph-only';
import { policyViolation, vulnerable } from './governance';
import { localReplace } from './local-replace';
import { missingRequirement } from './missing-requirement';
import { outdated } from './outdated';
import { overlappingLibraries } from './overlapping-libraries';
import { retracted } from './retracted';
import { shouldBeDirect } from './should-be-direct';
import { shouldBeIndirect } from './should-be-indirect';
import { testOfDependencyOnly } from './test-of-dependency-only';
import { unusedRequirement } from './unused-requirement';
import { versionSkew } from './version-skew';

export type { FindingRule } from './context';
export { LIBRARY_FAMILIES, type LibraryFamily } from './families';

/** The rules `analyze` runs, in report order. */
export const FINDING_RULES: readonly FindingRule[] = [
  unusedRequirement,
  shouldBeDirect,
  shouldBeIndirect,
  missingRequirement,
  graphOnly,
  testOfDependencyOnly,
  duplicateMajor,
  versionSkew,
  overlappingLibraries,
  retracted,
  deprecated,
  outdated,
  localReplace,
  vulnerable,
  policyViolation,
];
