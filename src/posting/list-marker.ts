/**
 * List markers as they appear in pasted postings: Markdown's, Word's bullets
 * ("•", "·", "o", "▪") and numbered items.
 */
const MARKER = /^([ \t]*)([-*+•·▪◦●○‣∙–—>]|o(?=[ \t])|\d{1,3}[.)]|[a-z][.)](?=[ \t]))([ \t]+|$)/;

export interface MarkerMatch {
  indent: string;
  marker: string;
  /** Length of indentation, marker and the white space after it. */
  length: number;
}

export function matchListMarker(line: string): MarkerMatch | undefined {
  const m = MARKER.exec(line);
  if (!m) return undefined;
  return { indent: m[1]!, marker: m[2]!, length: m[0].length };
}
