/** Single-change mutations of valid values, for the tests that hold zod and the generated validators to one answer. */
type Path = (string | number)[];

/** A deep copy made in this realm (structuredClone's objects have another realm's prototype, which zod names "Object"). */
export function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** A valid value with one thing changed: a value replaced or removed, or a key added. */
export function mutated(valid: unknown, pick: number, replacement: unknown, op: 'set' | 'delete' | 'add'): unknown {
  const changed = copy(valid);
  const paths = pathsOf(changed);
  const path = paths[pick % paths.length] as Path;
  if (path.length === 0) return op === 'set' ? replacement : changed;
  let parent = changed as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (op === 'set') parent[last] = replacement;
  else if (op === 'delete') delete parent[last];
  else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>).unexpected = replacement;
  else parent[last] = replacement;
  return changed;
}
