/**
 * A bounded memo for pure string functions: labels, units and statuses repeat down a sheet, so each distinct text
 * is worked out once. Past `limit` entries the memo starts afresh, so a sheet of unique names cannot grow it forever.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    // One lookup for a text seen before, unless what it gave was undefined.
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    if (memo.size >= limit) memo.clear();
    const result = fn(text);
    memo.set(text, result);
    return result;
  };
}
