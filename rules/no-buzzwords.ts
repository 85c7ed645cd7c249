import { defineRule } from "../src/engine/rule.js";
import list from "./data/buzzwords.json" with { type: "json" };
import { describeTerm, TermList, termListOptionsSchema, type TermListData, type TermListOptions } from "./lib/terms.js";

const terms = new TermList(list as unknown as TermListData, "is a buzzword");

export default defineRule<TermListOptions>({
  meta: {
    id: "no-buzzwords",
    description:
      "Hollow job-ad clichés: rockstar, ninja, guru, wizard, unicorn, superstar, \"work hard, play hard\", \"like a family\", \"hit the ground running\", self-starter, \"fast-paced environment\", \"wear many hats\"",
    category: "language",
    recommended: "warn",
    options: termListOptionsSchema,
    examples: {
      valid: [
        { name: "concrete wording", text: "You will ship a release every two weeks and own the billing service.\n" },
        {
          name: "tools, UI parts and safety gear are not buzzwords",
          filePath: "example.md",
          text: "Builds use CMake and Ninja. You will redesign the setup wizard.\nCrews must wear hard hats on site.\n",
        },
        { name: "fast-paced without an environment", text: "Experience managing complex and fast-paced projects.\n" },
        { name: "code is not prose", filePath: "example.md", text: "Install with `npm i ninja-keys`.\n" },
      ],
      invalid: [
        {
          name: "hero titles",
          filePath: "example.md",
          text: "- Join a team of frontend rockstars who ship every week.\n- A sales superstar who thrives on friendly competition.\n",
          messages: [
            { line: 1, column: 27, message: '"rockstars" is a buzzword; name the skills and the level the job needs' },
            { line: 2, column: 11, message: '"superstar" is a buzzword; name the skills and the level the job needs' },
          ],
        },
        {
          name: "culture clichés, across punctuation",
          text: "We work hard, play hard, and celebrate every close. Our crew is like a family.\n",
          messages: [
            { line: 1, column: 4, message: '"work hard, play hard" is a culture cliché that reads as long hours; describe the working hours and the culture concretely' },
            { line: 1, column: 65, message: '"like a family" is a culture cliché that can signal blurred boundaries; describe how the team works together' },
          ],
        },
        {
          name: "a coordinate adjective inside the phrase",
          filePath: "example.md",
          text: "- Plans schedules in a fast-paced, dynamic environment\n- Self-starter who can hit the ground running and wear many hats\n",
          messages: [
            { line: 1, column: 24, message: '"fast-paced, dynamic environment" is a vague cliché that can signal overwork; describe the pace concretely (release cadence, deadlines, volume)' },
            { line: 2, column: 3, message: '"Self-starter" is a vague buzzword; describe how much autonomy the role has' },
            { line: 2, column: 24, message: '"hit the ground running" implies there is no onboarding; describe the onboarding and the first goals' },
            { line: 2, column: 51, message: '"wear many hats" suggests an undefined role; list the responsibilities instead' },
          ],
        },
        {
          name: "a team's own list",
          options: { add: ["synergy", "thought {leader|leaders}"], remove: ["guru"] },
          text: "Our SEO guru is a thought leader who loves synergy.\n",
          messages: [
            { line: 1, column: 19, message: '"thought leader" is a buzzword' },
            { line: 1, column: 44, message: '"synergy" is a buzzword' },
          ],
        },
      ],
    },
  },
  create(context) {
    for (const found of terms.find(context.posting, context.options)) {
      context.report({ message: describeTerm(found, context.posting.text), range: found.match.range });
    }
  },
});
