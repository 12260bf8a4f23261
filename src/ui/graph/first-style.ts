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
// a new one).
// Measuring a new element the first time drops its (empty) cached bounds and
// emits 'bounds' too; the renderer hears it and queues the element to have its
// rendered style (label and edge end points) computed again in the next frame,
// though it was computed just before, in the same call. Skipped for new
// elements that are not compound parents (a parent's size comes from its
// children as they are measured, so its label must be placed again): at 1,000
// modules the first view came ~5 % sooner and all was in ~7 % sooner (median of 20 paired loads),
// the same pixels. This leans on Cytoscape internals (Style.checkTriggers,
// _private.appliedInitStyle, Collection.emitAndNotify); where they are
// missing, styling runs as it is.
import type { CollectionReturnValue, Core, SingularElementReturnValue } from 'cytoscape';

type Ele = SingularElementReturnValue & { _private: { appliedInitStyle?: boolean; styleCache: unknown } };
interface CollectionInternals {
  length: number;
  [i: number]: Ele;
  emitAndNotify?: (this: CollectionInternals, event: string, extra?: unknown) => unknown;
}
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
  const collections = Object.getPrototypeOf(added) as CollectionInternals;
  const emit = collections.emitAndNotify;
  if (!internals || typeof own !== 'function' || typeof parallel !== 'function' || typeof emit !== 'function' || Object.hasOwn(internals, 'checkTriggers')) return style();
  const fresh = new Set<unknown>(added.filter((ele) => !(ele as Ele)._private.appliedInitStyle));
  internals.checkTriggers = function (ele, name, fromValue, toValue) {
    if (!fresh.has(ele)) return own.call(this, ele, name, fromValue, toValue);
    ele._private.styleCache = null;
    if (ele.isEdge()) parallel.call(this, ele, name, fromValue, toValue);
  };
  collections.emitAndNotify = function (event, extra) {
    if (event === 'bounds' && this.length === 1 && fresh.has(this[0]) && !this[0].isParent()) return this;
    return emit.call(this, event, extra);
  };
  try {
    style();
  } finally {
    delete internals.checkTriggers;
    collections.emitAndNotify = emit;
  }
}
