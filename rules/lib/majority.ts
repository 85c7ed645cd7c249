/**
 * The value most entries share, when it leads clearly: by at least two, or with
 * at least twice the runner-up's count (2 against 1). A near tie (5 against 4,
 * 10 against 9) has no majority, so no entry is called the odd one out.
 * Undefined entries do not vote.
 */
export function clearMajority<T>(values: Iterable<T | undefined>): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [value, n] of counts) {
    if (n > bestCount) {
      second = bestCount;
      best = value;
      bestCount = n;
    } else if (n > second) second = n;
  }
  if (best === undefined) return undefined;
  return bestCount - second >= 2 || bestCount >= 2 * second ? best : undefined;
}

