// Styles new elements without most of Cytoscape's per-property change checks.
// Applying the stylesheet to an element runs, for each of its ~40 properties,
// checks that drop the cached styles of the element and its connected edges,
// drop its cached bounds and emit a 'bounds' event that bubbles to every
// listener of the core: at 1,000 modules, ~40 % of all the styling time.
// For an element styled the first time they find nothing to drop: cy.add has
// just dropped its bounds and its parent's, and any bounds (its own, its
// edges', its parent's) are computed after its style, because computing them
// asks for it. So a new element keeps only the one check that reaches elements
// measured before it: an edge's parallel edges (bundled beziers fan out around
// a new one). This leans on Cytoscape internals (Style.checkTriggers,
// _private.appliedInitStyle); where they are missing, styling runs as it is.
import type { CollectionReturnValue, Core, SingularElementReturnValue } from 'cytoscape';

type Ele = SingularElementReturnValue & { _private: { appliedInitStyle?: boolean; styleCache: unknown } };
type Check = (ele: Ele, name: string, fromValue: unknown, toValue: unknown) => void;
interface StyleInternals {
  checkTriggers?: Check;
  checkParallelEdgesBoundsTrigger?: Check;
}

/**
 * Runs `style`, which styles `added` (e.g. the renderer's queue flush, or a
 * boundingBox() call), with the per-property checks cut down for those of
 * `added` never styled before. Every other element keeps Cytoscape's own checks.
 */
export function styleFirstTime(cy: Core, added: CollectionReturnValue, style: () => void): void {
  // No style at all where styling is off (a headless instance without styleEnabled).
  const internals = cy.style() as unknown as StyleInternals | undefined;
  const own = internals?.checkTriggers;
  const parallel = internals?.checkParallelEdgesBoundsTrigger;
  if (!internals || typeof own !== 'function' || typeof parallel !== 'function' || Object.hasOwn(internals, 'checkTriggers')) return style();
  const fresh = new Set<unknown>(added.filter((ele) => !(ele as Ele)._private.appliedInitStyle));
  internals.checkTriggers = function (ele, name, fromValue, toValue) {
    if (!fresh.has(ele)) return own.call(this, ele, name, fromValue, toValue);
    ele._private.styleCache = null;
    if (ele.isEdge()) parallel.call(this, ele, name, fromValue, toValue);
  };
  try {
    style();
  } finally {
    delete internals.checkTriggers;
  }
}
