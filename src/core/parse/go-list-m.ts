// `go list -m [-u] [-retracted] [-e] -json all` objects -> ListedModule (GO-FORMATS §1).
import { errorText, flag, obj, str, strings, type JsonObject } from './json-fields';
import type { JsonPiece } from './json-stream';
import type { Diagnostics } from './text';
import type { ListedModule } from './types';

/** Converts the module objects of a stream; an object without `Path` is reported and skipped. */
export function parseGoListM(pieces: JsonPiece[], diags: Diagnostics): ListedModule[] {
  const modules: ListedModule[] = [];
  for (const piece of pieces) {
    const m = toListedModule(piece.value as JsonObject);
    if (m) modules.push(m);
    else diags.atLine('error', piece.offset, 'expected a module object with a string "Path", found none; skipped it');
  }
  return modules;
}

/** One module object, keeping only the fields of ListedModule; null without a Path. */
export function toListedModule(o: JsonObject): ListedModule | null {
  const path = str(o, 'Path');
  if (path === undefined || path === '') return null;
  const m: ListedModule = { path };
  const version = str(o, 'Version');
  if (version !== undefined) m.version = version;
  if (flag(o, 'Main')) m.main = true;
  if (flag(o, 'Indirect')) m.indirect = true;
  const replace = obj(o, 'Replace');
  const replacePath = replace && str(replace, 'Path');
  if (replace && replacePath !== undefined) {
    const replaceVersion = str(replace, 'Version');
    m.replace = replaceVersion === undefined ? { path: replacePath } : { path: replacePath, version: replaceVersion };
  }
  const time = str(o, 'Time');
  if (time !== undefined) m.time = time;
  const update = obj(o, 'Update');
  const updateVersion = update && str(update, 'Version');
  if (update && updateVersion !== undefined) {
    const updateTime = str(update, 'Time');
    m.update = updateTime === undefined ? { version: updateVersion } : { version: updateVersion, time: updateTime };
  }
  const deprecated = str(o, 'Deprecated');
  if (deprecated !== undefined) m.deprecated = deprecated;
  const retracted = strings(o, 'Retracted');
  if (retracted) m.retracted = retracted;
  const goVersion = str(o, 'GoVersion');
  if (goVersion !== undefined) m.goVersion = goVersion;
  const error = errorText(o);
  if (error !== undefined) m.error = error;
  return m;
}
