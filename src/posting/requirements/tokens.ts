/**
 * Word tokens of one statement, the common input of the requirement readers.
 * One left-to-right regex pass: every alternative is deterministic (a run of one
 * class, then separator + run), so a 1 MB single line costs linear time.
 */
export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  /** Offsets into the string that was tokenised. */
  start: number;
  end: number;
  /** A word (letters/digits) rather than a punctuation mark. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.+\-/][\p{L}\p{N}]+)*[+#]*|[^\s\p{L}\p{N}]/gu;

/** Emphasis and code marks carry no words; dropping them lets "**5+ years**" read as "5+ years". */
const MARKUP = new Set(["*", "_", "`"]);

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    if (MARKUP.has(t)) continue;
    const first = t.charCodeAt(0);
    out.push({
      text: t,
      lower: t.includes("’") ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + t.length,
      word: isWordStart(first, t),
    });
  }
  return out;
}

function isWordStart(code: number, t: string): boolean {
  // ASCII fast path; anything else is a word when it starts with a letter or digit.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return /^[\p{L}\p{N}]/u.test(t);
}

/** The words that name experience itself ("8+ yrs exp in SRE"). */
export const EXPERIENCE_WORDS: ReadonlySet<string> = new Set(["experience", "experienced", "expertise", "exp"]);

/** Punctuation that ends a clause: a field or a list never runs across it. */
export const CLAUSE_END = new Set([".", ";", ":", "!", "?", "(", ")", "[", "]", "—", "–", "|", "{", "}", "<", ">", "\""]);
