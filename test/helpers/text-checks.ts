/** Checks shared by the fix-safety tests: what a reader sees of a text, and order-preserving containment. */

/** The words of a text, lower-cased, invisible characters dropped. */
export function wordsOf(text: string): string[] {
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "").toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? [];
}

/** Whether `small` appears in `big` in order (not necessarily contiguously). */
export function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const w of small) {
    while (j < big.length && big[j] !== w) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}

/** The line endings of a text, in order. */
export function endings(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}
