import { defineRule } from "../src/engine/rule.js";
import { DEGREE_RANK } from "../src/posting/requirements/degree-words.js";
import type { DegreeLevel, Range, SectionKind, Statement } from "../src/posting/types.js";
import { degreeName, foldAlternatives, isMandatory } from "./lib/requirements.js";

/** One mandatory degree requirement: a statement, or the OR paths of one group at their lowest level. */
interface DegreeRequirement {
  level: DegreeLevel;
  /** No path lets experience stand in for the degree. */
  strict: boolean;
  line: number;
  range: Range;
}

interface Waiver {
  line: number;
  range: Range;
}

export default defineRule({
  meta: {
    id: "degree-consistency",
    description:
      "Mandatory statements that demand different minimum degree levels (not as alternatives of one path), or a degree required while another line says no degree is required",
    category: "consistency",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "a degree that may substitute for experience is no requirement",
          filePath: "example.md",
          text: "## Minimum Qualifications\n\n- Bachelor's degree in Urban Planning.\n- 6+ years of professional experience in transportation planning.\n- A Master's degree in Urban Planning may substitute for one year of the required experience.\n",
        },
        {
          name: "a degree that only shortens another path is no requirement",
          text:
            "MINIMUM QUALIFICATIONS\n- Bachelor's degree in Civil Engineering.\n" +
            "- Minimum of four (4) years of experience in land development design, or three (3) years with a Master's degree in Civil Engineering.\n",
        },
        {
          name: "the same level twice",
          filePath: "example.md",
          text: "## Requirements\n\n- Bachelor's degree in Computer Science or a related field.\n\n## Education\n\n- Bachelor's degree in Computer Engineering.\n",
        },
        {
          name: "degree-tied alternatives",
          text:
            "Minimum Qualifications:\n" +
            "- Bachelor's degree in Mechanical Engineering and 4+ years of experience in mechanical design, OR\n" +
            "- Master's degree in Mechanical Engineering and 3+ years of experience in mechanical design.\n",
        },
        {
          name: "a higher degree that is only preferred",
          filePath: "example.md",
          text: "## Required\n\n- Bachelor's degree in Electrical Engineering.\n\n## Preferred\n\n- Master's degree in Electrical Engineering.\n",
        },
        {
          name: "no degree required, and a degree that experience may replace",
          text: "About the role\nNo degree required: we hire for skills.\n\nRequirements\n- Bachelor's degree in Design, or equivalent practical experience.\n",
        },
        {
          name: "a degree in the benefits is no requirement",
          filePath: "example.md",
          text: "## Requirements\n\n- Bachelor's degree in Accounting.\n\n## Benefits\n\n- Tuition assistance toward a Master's degree.\n",
        },
      ],
      invalid: [
        {
          name: "a Bachelor's here, a Master's there",
          filePath: "example.md",
          text:
            "## Requirements\n\n- Bachelor's degree in Computer Science, Information Systems, or a related field.\n\n" +
            "## Additional Information\n\n- Master's degree in Computer Science, Information Systems, or a related field.\n",
          messages: [{ line: 7, message: "Asks for a Master's degree here, but for a Bachelor's degree at line 3" }],
        },
        {
          name: "degree abbreviations and an Education section",
          filePath: "example.md",
          text: "## Requirements\n\n- Bachelor of Science in Nursing (BSN).\n\n## Education\n\n- Master of Science in Nursing (MSN) from an accredited program required.\n",
          messages: [{ line: 7, message: "Asks for a Master's degree here, but for a Bachelor's degree at line 3" }],
        },
        {
          name: "a degree required after a line that waives it",
          text: "Overview\nNo degree required - we care about what you can do.\n\nRequirements\n- Bachelor's degree in Marketing.\n",
          messages: [{ line: 5, message: "Asks for a Bachelor's degree here, but line 2 says no degree is required" }],
        },
        {
          name: "a waiver after a required degree",
          text: "Requirements\n- Associate degree in Business.\n- A degree is not required.\n",
          messages: [{ line: 3, message: "Says no degree is required here, but line 2 asks for an associate degree" }],
        },
      ],
    },
  },
  create(context) {
    const statements = context.posting.statements;
    const requirements = degreeRequirements(statements);
    const waivers: Waiver[] = statements.filter((s) => s.noDegree && s.item.section.kind !== "compensation").map((s) => ({ line: s.item.line, range: s.noDegree! }));
    const events = [...requirements.map((r) => ({ at: r.range.start, r })), ...waivers.map((w) => ({ at: w.range.start, w }))].sort((a, b) => a.at - b.at);

    const firstOfLevel = new Map<DegreeLevel, DegreeRequirement>();
    let firstStrict: DegreeRequirement | undefined;
    let firstWaiver: Waiver | undefined;
    for (const event of events) {
      if ("w" in event) {
        if (firstStrict) context.report({ message: `Says no degree is required here, but line ${firstStrict.line} asks for ${degreeName(firstStrict.level)}`, range: event.w.range });
        firstWaiver ??= event.w;
        continue;
      }
      const r = event.r;
      const other = [...firstOfLevel.values()].find((o) => o.level !== r.level);
      if (other) context.report({ message: `Asks for ${degreeName(r.level)} here, but for ${degreeName(other.level)} at line ${other.line}`, range: r.range });
      else if (r.strict && firstWaiver) context.report({ message: `Asks for ${degreeName(r.level)} here, but line ${firstWaiver.line} says no degree is required`, range: r.range });
      if (!firstOfLevel.has(r.level)) firstOfLevel.set(r.level, r);
      if (r.strict) firstStrict ??= r;
    }
  },
});

/** Degrees named where the posting describes the job or the company are other people's ("partner with PhD scientists", "mentor Master's students"). */
const NOT_ASKED_OF_CANDIDATE = new Set<SectionKind>(["about", "responsibilities"]);

/** Mandatory degree requirements in document order; the paths of one OR group count once, at their lowest level, and not at all when one path asks no degree. */
function degreeRequirements(statements: readonly Statement[]): DegreeRequirement[] {
  const out: DegreeRequirement[] = [];
  for (const paths of foldAlternatives(statements.filter((s) => isMandatory(s) && !NOT_ASKED_OF_CANDIDATE.has(s.item.section.kind)))) {
    const withDegree = paths.filter((s) => s.degree);
    // A path without a degree ("4 years of design, or 3 years with a Master's") makes every degree of the group optional.
    if (withDegree.length === 0 || withDegree.length < paths.length) continue;
    const lowest = withDegree.reduce((a, b) => (DEGREE_RANK[b.degree!.level] < DEGREE_RANK[a.degree!.level] ? b : a));
    const first = withDegree[0]!;
    out.push({
      level: lowest.degree!.level,
      strict: withDegree.every((s) => !s.degree!.orEquivalent),
      line: first.item.line,
      range: first.degree!.range,
    });
  }
  return out;
}
