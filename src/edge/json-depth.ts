// Bounds how deeply a request body nests. JSON.parse accepts any depth, but everything after it that
// recurses (zod, JSON.stringify when the reference or a reply is saved) overflows the stack somewhere
// past a few thousand levels, failing the turn after the channel was told 200. Real activities nest
// about six levels (Adaptive Card values in Teams a few more).

export const MAX_JSON_DEPTH = 32;

/** True when `value` nests deeper than `limit`; walks iteratively and stops at the first too-deep node. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return false;
}
