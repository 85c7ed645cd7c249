import type { Rule } from "../src/engine/rule.js";
import noTrailingWhitespace from "./no-trailing-whitespace.js";
import noMultipleSpaces from "./no-multiple-spaces.js";
import noInvisibleCharacters from "./no-invisible-characters.js";
import noMojibake from "./no-mojibake.js";
import consistentBullets from "./consistent-bullets.js";
import listPunctuation from "./list-punctuation.js";
import finalNewline from "./final-newline.js";
import noRepeatedWords from "./no-repeated-words.js";
import noShouting from "./no-shouting.js";
import experienceContradiction from "./experience-contradiction.js";
import genderCodedLanguage from "./gender-coded-language.js";
import headingStyle from "./heading-style.js";
import inclusiveLanguage from "./inclusive-language.js";
import maxRequirements from "./max-requirements.js";
import noBuzzwords from "./no-buzzwords.js";
import noDuplicateLines from "./no-duplicate-lines.js";
import noDuplicateSections from "./no-duplicate-sections.js";
import noEmptySections from "./no-empty-sections.js";
import noPlaceholders from "./no-placeholders.js";
import noStrayTabs from "./no-stray-tabs.js";
import payTransparency from "./pay-transparency.js";
import requiredSections from "./required-sections.js";

/** Every built-in rule, in catalogue order. */
export const builtinRules: readonly Rule<any>[] = [experienceContradiction, noDuplicateLines, noStrayTabs, headingStyle, noDuplicateSections, noEmptySections, requiredSections, maxRequirements, noTrailingWhitespace, noMultipleSpaces, noInvisibleCharacters, noMojibake, consistentBullets, listPunctuation, finalNewline, noRepeatedWords, noShouting, payTransparency, inclusiveLanguage, noBuzzwords, genderCodedLanguage, noPlaceholders];
