import type { SectionKind } from "./types.js";

/**
 * Section kinds by heading keyword, in RULES.md's precedence: `preferred` words
 * beat `required` words, and both beat the topic kinds. RULES.md lists "basic"
 * as a `required` word; it is one only where it qualifies what a candidate
 * needs ("Basic Qualifications", "Basic Skills"): "Basic Information" and "The
 * Basics" hold the location, the pay and who may apply.
 */
const KIND_PATTERNS: [SectionKind, RegExp][] = [
  ["preferred", /\b(?:preferred|desired|desirable|nice[\s-]to[\s-]haves?|bonus(?:es)?|plus(?:es)?|ideal(?:ly)?|extra credit)\b/i],
  [
    "required",
    /\b(?:minimum|basic (?:skills?|criteria|knowledge)|required|requirements?|must[\s-]haves?|what you(?:'|’)?ll need|what you need|what you will need|what you(?:'|’)?ll bring|what you bring|what you will bring|what we(?:'|’)?re looking for|who you are|qualifications?)\b|^\W*(?:(?:a bit |a little |more |all |what )?about you\b|your profile\b)/i,
  ],
  [
    "responsibilities",
    /\b(?:responsibilit(?:y|ies)|what you(?:'|’)?ll do|what you will do|duties|the role|your role|day[\s-]to[\s-]day|what you(?:'|’)?ll be doing|what you(?:'|’)?ll work on|key accountabilities)\b|^\W*(?:(?:your|key|main|core) )*tasks\b/i,
  ],
  ["compensation", /\b(?:salary|compensation|pay|benefits?|perks|wages?|total rewards)\b/i],
  ["education", /\b(?:education|degrees?|academic)\b/i],
  ["experience", /\bexperience\b/i],
  ["skills", /\b(?:skills?|competenc(?:y|ies)|aptitudes?|abilities)\b/i],
  ["about", /\b(?:about|who we are|our (?:company|team|mission|story)|company)\b/i],
  ["summary", /\b(?:summary|overview|description|introduction|opportunity|position|job details)\b/i],
];

export function sectionKindOf(headingText: string): SectionKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(headingText)) return kind;
  return "other";
}

/** Words that make a short line a recognised section name when they end it. */
const SECTION_NAME =
  /^(?:[\p{L}'’&/-]+\s+){0,4}(?:qualifications?|requirements?|responsibilit(?:y|ies)|duties|skills|education|experience|benefits|perks|summary|overview|description|compensation|salary|pay|apply|details|information|aptitudes|abilities|competencies|bonus(?:es)?|pluses|extras)(?:\s+(?:and|&)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?$|^(?:about(?:\s+[\p{L}'’-]+){1,3}|what you(?:'|’)?ll (?:do|need|bring|get)|what you (?:will )?(?:do|need|bring|get)|what we offer|who you are|who we are|your (?:profile|tasks)|nice[\s-]to[\s-]haves?|must[\s-]haves?|the role|your role|the team|how to apply|why join us|why us|perks and benefits)$/iu;

/** Whether a short line names a section ("Minimum Qualifications", "About Us", "Pay and Benefits"). */
export function isSectionName(text: string): boolean {
  return SECTION_NAME.test(text.trim().replace(/[:：]\s*$/, "").replace(/\s+/g, " "));
}
