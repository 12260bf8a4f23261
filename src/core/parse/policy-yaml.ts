// The YAML side of a policy, guarded: the library is given only what it can
// read safely (size, depth, no aliases), prints nothing, and every problem it
// finds becomes a diagnostic.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { formatSize, MAX_POLICY_CHARS, MAX_POLICY_DEPTH } from './limits';
import type { Diagnostics, Span } from './text';

const TOO_DEEP = `the policy nests deeper than ${MAX_POLICY_DEPTH} levels; a policy needs 3 (a list of entries with keys)`;

/** The parsed document and its plain value; null (with diagnostics) when the YAML is broken or refused. */
export function readPolicyYaml(span: Span, diags: Diagnostics): { doc: Document.Parsed; data: unknown } | null {
  const size = span.end - span.start;
  if (size > MAX_POLICY_CHARS) {
    diags.at('error', span.start, `this policy (detected by its "allowed_modules" key) is ${formatSize(size)}; gotopo reads policies of at most ${formatSize(MAX_POLICY_CHARS)}: is it really a policy?`);
    return null;
  }
  try {
    // logLevel 'error': the library must not print to the console, its warnings become diagnostics here.
    // uniqueKeys: checked by findShapeProblem in linear time.
    const doc = parseDocument(span.text.slice(span.start, span.end), { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
    const overflow = doc.errors.find((e) => isStackOverflow(e.message));
    if (overflow) diags.at('error', span.start + overflow.pos[0], TOO_DEEP);
    else for (const e of doc.errors) diags.at('error', span.start + e.pos[0], `expected valid YAML: ${e.message.split('\n')[0]}`);
    for (const w of doc.warnings) diags.at('warning', span.start + w.pos[0], `YAML: ${w.message.split('\n')[0]}`);
    if (doc.errors.length > 0) return null;
    const refused = findShapeProblem(doc.contents);
    if (refused) {
      diags.at('error', span.start + refused.offset, refused.message);
      return null;
    }
    return { doc, data: doc.toJS() };
  } catch (e) {
    diags.at('error', span.start, isStackOverflow(String(e)) ? TOO_DEEP : `expected policy YAML, found text the YAML parser rejects: ${String(e)}`);
    return null;
  }
}

/**
 * Offset (in the document) of the node at a path of keys and indexes, 0 when
 * there is none. Each map is indexed once: doc.getIn scans a map's keys per
 * call, quadratic when a policy has thousands of keys to report.
 */
export function makeLocator(doc: Document.Parsed): (path: unknown[]) => number {
  const indexes = new Map<YAMLMap, Map<unknown, unknown>>();
  const child = (node: unknown, key: unknown): unknown => {
    if (isSeq(node)) return typeof key === 'number' ? node.items[key] : undefined;
    if (!isMap(node)) return undefined;
    let index = indexes.get(node);
    if (!index) {
      index = new Map(node.items.map((pair) => [isScalar(pair.key) ? pair.key.value : pair.key, pair.value]));
      indexes.set(node, index);
    }
    return index.get(key);
  };
  return (path) => {
    const node = path.reduce(child, doc.contents);
    return isNode(node) && node.range ? node.range[0] : 0;
  };
}

// Engines word a stack overflow differently: V8 and JavaScriptCore "Maximum call stack size exceeded", SpiderMonkey "too much recursion".
const isStackOverflow = (message: string) => /call stack|too much recursion/i.test(message);

/**
 * Walks the YAML tree (with its own stack: it may be deep) for what a policy
 * must not hold: aliases, which a few lines can expand into billions of
 * entries (and a policy has no use for), nesting past MAX_POLICY_DEPTH, and
 * duplicate keys (checked here with a Set: the library's check compares each
 * key with all before it, 15 s for 20,000 keys).
 */
function findShapeProblem(root: unknown): { offset: number; message: string } | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    if (isAlias(node)) {
      return { offset, message: `the policy uses the YAML alias *${node.source}; gotopo does not expand aliases in a policy, since a few lines of them can stand for billions of entries: write the entries out` };
    }
    if (depth > MAX_POLICY_DEPTH) return { offset, message: TOO_DEEP };
    if (isMap(node)) {
      const duplicate = findDuplicateKey(node.items);
      if (duplicate) return duplicate;
    }
    // Pushed in reverse, so the first problem in the text is the one reported.
    if (isPair(node)) stack.push([node.value, depth], [node.key, depth]);
    else if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], depth + 1]);
  }
  return null;
}

function findDuplicateKey(pairs: Pair[]): { offset: number; message: string } | null {
  const seen = new Set<string>();
  for (const { key } of pairs) {
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (seen.has(name)) return { offset: key.range?.[0] ?? 0, message: `expected valid YAML: map keys must be unique, found ${JSON.stringify(name)} a second time` };
    seen.add(name);
  }
  return null;
}

