const NOTHING = Symbol("nothing asked yet");

/**
 * A bounded memo for pure string functions: labels, units and statuses repeat down a sheet, so each distinct text
 * is worked out once. Past `limit` entries the memo starts afresh, so a sheet of unique names cannot grow it forever.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  // The text asked last, answered without a lookup: a column often repeats one text row after row.
  let lastText: string | typeof NOTHING = NOTHING;
  let lastResult: T;
  return (text) => {
    if (text === lastText) return lastResult;
    // One lookup for a text seen before, unless what it gave was undefined.
    let result = memo.get(text);
    if (result === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo.clear();
      result = fn(text);
      memo.set(text, result);
    }
    lastText = text;
    lastResult = result as T;
    return result as T;
  };
}
