// Typed reads of untrusted JSON: a field of the wrong type reads as absent.

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(o: JsonObject, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** true only when the field is literally true (Go omits false). */
export function flag(o: JsonObject, key: string): boolean {
  return o[key] === true;
}

export function num(o: JsonObject, key: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' ? v : undefined;
}

export function obj(o: JsonObject, key: string): JsonObject | undefined {
  const v = o[key];
  return isObject(v) ? v : undefined;
}

/** The string elements of an array field; undefined when the field is missing or not an array. */
export function strings(o: JsonObject, key: string): string[] | undefined {
  const v = o[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

/** The object elements of an array field ([] when missing). */
export function objects(o: JsonObject, key: string): JsonObject[] {
  const v = o[key];
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** Go's `Error` field: `{Err: "..."}` for modules and packages. */
export function errorText(o: JsonObject): string | undefined {
  const e = o.Error;
  if (typeof e === 'string') return e;
  return isObject(e) ? (str(e, 'Err') ?? '') : undefined;
}
