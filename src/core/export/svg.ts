// SVG of the graph as laid out on screen: one rounded box per module at its
// layout position, one line per requirement edge. Every text from the inputs
// is XML-escaped (and stripped of control characters XML forbids).
import type { GoGraph } from '../model/types';
import { isGoPseudoModule } from '../semver';
import { roleOf, type Role } from './diagram';
import { stripControl } from './escape';

export interface SvgColours {
  background: string;
  text: string;
  edge: string;
  roles: Record<Role, { fill: string; border: string }>;
}

/** The app's light palette. */
export const LIGHT_SVG_COLOURS: SvgColours = {
  background: '#f8fafc',
  text: '#0f172a',
  edge: '#94a3b8',
  roles: {
    main: { fill: '#ede9fe', border: '#7c3aed' },
    direct: { fill: '#e0f2fe', border: '#0284c7' },
    indirect: { fill: '#ffffff', border: '#cbd5e1' },
  },
};

export interface SvgOptions {
  /** Node centres by module id, as the layout placed them. */
  positions: { x: ArrayLike<number>; y: ArrayLike<number> };
  /** Modules to draw (default: all); edges are drawn between drawn modules only. */
  ids?: readonly number[];
  colours?: SvgColours;
}

const NODE_HEIGHT = 30;
const CHAR_WIDTH = 6.6;
const PADDING = 24;
const MARGIN = 20;

/** Escapes text for XML character data and attribute values. */
export function xmlText(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const width = (path: string) => Math.max(60, Math.round(path.length * CHAR_WIDTH + PADDING));
const num = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : 0);

/** A standalone SVG document of the drawn graph (requirement edges, or imports for a package-only load). */
export function exportSvg(graph: GoGraph, options: SvgOptions): string {
  const { x, y } = options.positions;
  const c = options.colours ?? LIGHT_SVG_COLOURS;
  const ids = (options.ids ?? graph.modules.map((m) => m.id)).filter((id) => graph.modules[id] && !isGoPseudoModule(graph.modules[id].path));
  const drawn = new Set(ids);
  const edges = graph.requires.targets.length > 0 || !graph.imports ? graph.requires : graph.imports;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const half = width(graph.modules[id].path) / 2;
    minX = Math.min(minX, x[id] - half);
    maxX = Math.max(maxX, x[id] + half);
    minY = Math.min(minY, y[id] - NODE_HEIGHT / 2);
    maxY = Math.max(maxY, y[id] + NODE_HEIGHT / 2);
  }
  if (ids.length === 0) minX = minY = maxX = maxY = 0;
  const vx = num(minX - MARGIN);
  const vy = num(minY - MARGIN);
  const vw = num(maxX - minX + 2 * MARGIN);
  const vh = num(maxY - minY + 2 * MARGIN);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vy} ${vw} ${vh}" width="${vw}" height="${vh}" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="11">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${c.edge}"/></marker></defs>`,
    `<rect x="${vx}" y="${vy}" width="${vw}" height="${vh}" fill="${c.background}"/>`,
    `<g stroke="${c.edge}" stroke-width="1" fill="none">`,
  ];
  for (const from of ids) {
    for (let e = edges.offsets[from]; e < edges.offsets[from + 1]; e++) {
      const to = edges.targets[e];
      if (!drawn.has(to) || to === from) continue;
      const [x2, y2] = boxEdge(x[from], y[from], x[to], y[to], width(graph.modules[to].path) / 2);
      lines.push(`<line x1="${num(x[from])}" y1="${num(y[from])}" x2="${num(x2)}" y2="${num(y2)}" marker-end="url(#arrow)"/>`);
    }
  }
  lines.push('</g>');
  for (const id of ids) {
    const m = graph.modules[id];
    const role = roleOf(graph, m);
    const w = width(m.path);
    const title = m.version ? `${m.path} ${m.version}` : m.path;
    lines.push(
      `<g><title>${xmlText(title)}</title>` +
        `<rect x="${num(x[id] - w / 2)}" y="${num(y[id] - NODE_HEIGHT / 2)}" width="${w}" height="${NODE_HEIGHT}" rx="6" fill="${c.roles[role].fill}" stroke="${c.roles[role].border}" stroke-width="${role === 'main' ? 2.5 : 1.5}"/>` +
        `<text x="${num(x[id])}" y="${num(y[id])}" dominant-baseline="central" text-anchor="middle" fill="${c.text}"${role === 'main' ? ' font-weight="bold"' : ''}>${xmlText(m.path)}</text></g>`,
    );
  }
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}

// Where the line from (x1, y1) to the centre (x2, y2) enters the target's box.
function boxEdge(x1: number, y1: number, x2: number, y2: number, halfWidth: number): [number, number] {
  const dx = x1 - x2;
  const dy = y1 - y2;
  if (dx === 0 && dy === 0) return [x2, y2];
  const t = Math.min(Math.abs(dx) > 0 ? halfWidth / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? NODE_HEIGHT / 2 / Math.abs(dy) : Infinity, 1);
  return [x2 + dx * t, y2 + dy * t];
}
