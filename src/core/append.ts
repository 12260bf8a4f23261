/**
 * Appends items to target in place. `target.push(...items)` passes every item as an
 * argument and overflows the stack past ~100k items; inputs here can hold millions.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
