// Counts as en-US writes them (1,000 modules), grouped by hand: the page's
// first toLocaleString loads number-formatting data (~17 ms here), and the
// first one came on the way from a dropped file to its first picture.

/** An integer with thousands separators ("12,345"); other numbers as toLocaleString('en-US') gives them. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
