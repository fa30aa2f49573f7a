/**
 * Where a payload nests deeper than a limit. Walks with its own stack, not recursion: a payload nested thousands of
 * levels deep would otherwise overflow the call stack here, and in every recursive walk after it (JSON.stringify
 * among them), and come back as INTERNAL instead of INVALID.
 */
export function tooDeepAt(value: unknown, maxDepth: number): PropertyKey[] | null {
  const stack: { value: unknown; depth: number; path: PropertyKey[] }[] = [{ value, depth: 0, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= maxDepth) return next.path;
    const entries: [PropertyKey, unknown][] = Array.isArray(next.value) ? next.value.map((v, i) => [i, v]) : Object.entries(next.value);
    for (const [key, child] of entries) stack.push({ value: child, depth: next.depth + 1, path: [...next.path, key] });
  }
  return null;
}
