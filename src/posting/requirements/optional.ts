import type { Token } from "./tokens.js";

/** Words by which a statement calls itself optional (RULES.md: "... is a plus", "preferred", "nice to have", "ideally"). */
const OPTIONAL_WORDS = new Set(["preferred", "preferable", "desired", "desirable", "bonus", "advantageous", "beneficial", "optional", "plus"]);
/** Adverbs that make the whole statement optional only when they open it ("Ideally, 5+ years ..."); later they qualify a detail ("5+ years, ideally with Spark"). */
const OPENING_ADVERBS = new Set(["ideally", "preferably", "optionally"]);

export function saysOptional(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (OPENING_ADVERBS.has(w) && k - from < 2) return true;
    if (!OPTIONAL_WORDS.has(w)) {
      if (w === "nice" && tokens[k + 1]?.lower === "to" && tokens[k + 2]?.lower === "have") return true;
      if (w === "nice-to-have" || (w === "not" && tokens[k + 1]?.lower === "required")) return true;
      if ((w === "an" || w === "a") && /^(?:advantage|asset)$/.test(tokens[k + 1]?.lower ?? "")) return true;
      continue;
    }
    // "plus" is optional only as "a plus" / "is a plus", not "5 plus years" or "Disney Plus".
    if (w === "plus" && tokens[k - 1]?.lower !== "a") continue;
    return true;
  }
  return false;
}
