// Module search by substring: exact path first, then paths whose last
// element starts with the query, then any match; shorter paths first.
import type { ModuleNode } from '../core/model/types';

export function searchModules(modules: ModuleNode[], query: string, limit = 30): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { id: number; score: number; len: number }[] = [];
  for (const m of modules) {
    const path = m.path.toLowerCase();
    const at = path.indexOf(q);
    if (at < 0) continue;
    const lastSlash = path.lastIndexOf('/');
    const score = path === q ? 0 : at === lastSlash + 1 || at === 0 ? 1 : 2;
    scored.push({ id: m.id, score, len: path.length });
  }
  scored.sort((a, b) => a.score - b.score || a.len - b.len || a.id - b.id);
  return scored.slice(0, limit).map((s) => s.id);
}
