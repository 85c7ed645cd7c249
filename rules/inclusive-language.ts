import { replaceRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import list from "./data/inclusive-language.json" with { type: "json" };
import { describeTerm, replacementText, TermList, termListOptionsSchema, type TermListData, type TermListOptions } from "./lib/terms.js";

const terms = new TermList(list as unknown as TermListData, "is not inclusive");

export default defineRule<TermListOptions>({
  meta: {
    id: "inclusive-language",
    description:
      "Gendered or exclusionary wording with a neutral alternative (he/she, salesman, manpower, guys, young, digital native, recent graduates only, native English speaker); each alternative is offered as a suggestion",
    category: "language",
    recommended: "warn",
    hasSuggestions: true,
    options: termListOptionsSchema,
    examples: {
      valid: [
        { name: "neutral wording", text: "The successful candidate will lead their own projects and staff the front desk.\n" },
        {
          name: "a licensed trade title and a programme name are not flagged",
          text: "Journeyman Electrician\nSupport Pathways Recent Graduates hiring.\nNative level proficiency in Spanish is required.\n",
        },
        { name: "a name capitalised inside a sentence", text: "Reports to Dana Manning, our site director.\n" },
        { name: "a product capitalised inside a sentence", text: "Requirements\n- Experience with Zendesk, Jira, and Postman.\n" },
        { name: "code and URLs are not prose", filePath: "example.md", text: "Run `git log --author=guys` or see https://example.com/salesman.\n" },
        { name: "an allowed proper name", options: { allow: ["Brigham Young"] }, text: "Graduates of Brigham Young University are welcome.\n" },
      ],
      invalid: [
        {
          name: "gendered job titles and words",
          text: "Act as the top salesman on the floor.\nHelp the foreman with manpower planning.\nMake sure the guys on your crew follow safety procedures.\n",
          messages: [
            { line: 1, column: 16, message: '"salesman" assumes a gender; use "salesperson" or "sales representative"' },
            { line: 2, column: 23, message: '"manpower" assumes a gender; use "staffing", "workforce" or "labor"' },
            { line: 3, column: 15, message: '"guys" addresses a mixed group as men; use "people", "team members" or "everyone"' },
          ],
        },
        {
          name: "pronoun pairs in any spelling",
          filePath: "example.md",
          text: "The fellow applies **his/her** expertise where he or she is needed.\n",
          messages: [
            { line: 1, message: '"his/her" is a gendered pronoun pair; use "their"' },
            { line: 1, message: '"he or she" is a gendered pronoun pair; use "they"' },
          ],
        },
        {
          name: "age and origin",
          filePath: "example.md",
          text: "- Recent graduates only (graduated in 2025 or 2026).\n- Native English speaker with excellent written communication.\n- Join our young, energetic team of digital natives.\n",
          messages: [
            { line: 1, message: '"Recent graduates only" excludes candidates by age; use "Early-career candidates welcome"' },
            { line: 2, message: '"Native English speaker" excludes fluent candidates who learned the language later; use "Fluent English speaker"' },
            { line: 3, message: '"young, energetic team" signals an age preference; use "energetic team"' },
            { line: 3, message: '"digital natives" signals an age preference; use "digitally fluent people"' },
          ],
        },
        {
          name: "a team's own terms",
          options: { add: [{ phrase: "{craftsman|craftsmen}", replacements: ["artisan"] }], remove: ["guys"] },
          text: "Our craftsmen and the guys in the shop build every table by hand.\n",
          messages: [{ line: 1, message: '"craftsmen" is not inclusive; use "artisan"' }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    for (const found of terms.find(posting, context.options)) {
      const { range } = found.match;
      context.report({
        message: describeTerm(found, posting.text),
        range,
        suggestions: found.term.replacements.map((replacement) => {
          const text = replacementText(replacement, found, posting.text);
          return { desc: `Replace with "${text}"`, fix: replaceRange(range, text) };
        }),
      });
    }
  },
});
