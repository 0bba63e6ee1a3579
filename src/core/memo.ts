/**
 * A bounded memo for pure string functions: labels, units and statuses repeat down a sheet, so each distinct text
 * is worked out once. Past `limit` entries the memo starts afresh, so a sheet of unique names cannot grow it forever.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  // The two texts asked last, answered without a lookup: a column often repeats one text row after row, or
  // alternates two ("%" and "người", "Hoàn thành" and "Chưa hoàn thành"). The first call fills both, so that the
  // comparisons below only ever see texts: one that had seen a symbol or null would be compiled as a generic one.
  let lastText: string | null = null;
  let lastResult: T;
  let priorText: string | null = null;
  let priorResult: T;
  return (text) => {
    if (lastText === null) {
      const first = fn(text);
      memo.set(text, first);
      lastText = priorText = text;
      lastResult = priorResult = first;
      return first;
    }
    if (text === lastText) return lastResult;
    if (text === priorText) {
      priorText = lastText;
      lastText = text;
      const result = priorResult;
      priorResult = lastResult;
      lastResult = result;
      return result;
    }
    // One lookup for a text seen before, unless what it gave was undefined.
    let result = memo.get(text);
    if (result === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo.clear();
      result = fn(text);
      memo.set(text, result);
    }
    priorText = lastText;
    priorResult = lastResult;
    lastText = text;
    lastResult = result as T;
    return result as T;
  };
}
