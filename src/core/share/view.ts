// The view state a link restores. Carried opaque (the UI gives it meaning)
// but validated: known keys only, bounded strings, plain values.

/** What the sender was looking at. */
export interface ShareView {
  /** Module path of the selected module. */
  selected?: string;
  colorMode?: string;
  sizeMetric?: string;
  panel?: string;
  direction?: 'TB' | 'LR';
  /** The flat view's layout; absent in links made before the force layout (layered). */
  layout?: 'layered' | 'force';
  filters?: Record<string, string | number | boolean>;
  focus?: { path: string; hops: number };
}

const MAX_VIEW_STRING = 512;
const MAX_FILTERS = 64;
const MAX_HOPS = 99;
const STRING_KEYS = ['selected', 'colorMode', 'sizeMetric', 'panel'] as const;
const FILTER_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function boundedString(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_VIEW_STRING;
}

/** Keeps the valid parts of a view state and drops the rest (unknown keys, long strings, bad values). */
export function normalizeView(input: unknown): ShareView {
  const view: ShareView = {};
  if (!isRecord(input)) return view;
  for (const key of STRING_KEYS) {
    const value = input[key];
    if (boundedString(value)) view[key] = value;
  }
  if (input.direction === 'TB' || input.direction === 'LR') view.direction = input.direction;
  if (input.layout === 'layered' || input.layout === 'force') view.layout = input.layout;
  if (isRecord(input.filters)) {
    const filters: Record<string, string | number | boolean> = {};
    // Object.entries of a JSON.parse result: no prototype keys; FILTER_KEY also rules out __proto__.
    for (const [key, value] of Object.entries(input.filters).slice(0, MAX_FILTERS)) {
      if (!FILTER_KEY.test(key)) continue;
      if (boundedString(value) || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) filters[key] = value;
    }
    view.filters = filters;
  }
  const focus = input.focus;
  if (isRecord(focus) && boundedString(focus.path) && Number.isInteger(focus.hops) && (focus.hops as number) >= 0 && (focus.hops as number) <= MAX_HOPS) {
    view.focus = { path: focus.path, hops: focus.hops as number };
  }
  return view;
}
