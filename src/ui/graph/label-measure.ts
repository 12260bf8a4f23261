// Measures module labels by character count instead of by canvas measureText.
// Cytoscape measures every label line with measureText, four times per node
// for a wrapped two-line label (each line to wrap it, then the whole): at
// 1,000 modules ~80 ms of the first view, most of it shaping text. Module paths
// and versions are printable ASCII (Go allows nothing else in them) and the
// node labels are set in a monospace font, where every such character has the
// same advance: a line's width is its length times one advance, measured once
// per font. Anything else (another font, other characters, glyph metrics) is
// measured by Cytoscape as before. This replaces a method of Cytoscape's
// renderer (calculateLabelDimensions, outside its typed API) on one instance.
import type { Core, SingularElementReturnValue } from 'cytoscape';

/** What Cytoscape's renderer returns for a label's size. */
export interface LabelDimensions {
  width: number;
  height: number;
  labelActualAscent: number;
  labelActualDescent: number;
}

type Measure = (ele: SingularElementReturnValue, text: string) => LabelDimensions;
interface RendererInternals {
  calculateLabelDimensions?: Measure;
}
type Styled = SingularElementReturnValue & { pstyle(name: string): { strValue: string; pfValue: number } };

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/**
 * A label's size in a font whose printable ASCII characters all advance by
 * `advance`: as Cytoscape's own measure computes it (each line's width rounded
 * up, the widest line, one font size of height per line); null for text with
 * other characters.
 */
export function monospaceLabelSize(text: string, advance: number, fontSize: number): LabelDimensions | null {
  if (!PRINTABLE_ASCII.test(text)) return null;
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => Math.ceil(line.length * advance)));
  return { width, height: lines.length * fontSize, labelActualAscent: 0, labelActualDescent: 0 };
}

/**
 * The advance of every printable ASCII character in the font, or null when
 * they differ (not a monospace font) or a run of them is not that many
 * advances wide (kerning, ligatures).
 */
export function monospaceAdvance(measure: (text: string) => number): number | null {
  const advance = measure('M');
  const probes = ['i', 'W', '/', '.', '@', '-'];
  if (!(advance > 0) || probes.some((c) => measure(c) !== advance)) return null;
  const run = 'github.com/golang-jwt/jwt/v5 v5.2.1-0.20240101';
  return Math.abs(measure(run) - run.length * advance) < 1e-6 ? advance : null;
}

/** Makes the instance's renderer measure monospace labels of printable ASCII by character count. */
export function measureLabelsByAdvance(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer?.();
  const own = renderer?.calculateLabelDimensions;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!renderer || typeof own !== 'function' || !context) return;
  const advances = new Map<string, number | null>();
  const advanceOf = (font: string) => {
    let advance = advances.get(font);
    if (advance === undefined) {
      context.font = font;
      advances.set(font, (advance = monospaceAdvance((text) => context.measureText(text).width)));
    }
    return advance;
  };
  renderer.calculateLabelDimensions = function (ele, text) {
    const s = (name: string) => (ele as Styled).pstyle(name);
    if ((s('text-metrics').strValue || 'font') !== 'font') return own.call(this, ele, text);
    const size = s('font-size').pfValue;
    const advance = advanceOf(`${s('font-style').strValue} ${s('font-weight').strValue} ${size}px ${s('font-family').strValue}`);
    return (advance !== null && monospaceLabelSize(text, advance, size)) || own.call(this, ele, text);
  };
}
