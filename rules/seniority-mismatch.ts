import { defineRule } from "../src/engine/rule.js";
import type { Statement } from "../src/posting/types.js";
import { describeYears, foldAlternatives, isMandatory, type YearsStatement } from "./lib/requirements.js";
import { levelClaims, type LevelClaim } from "./lib/seniority.js";

/** A junior role asking this many years or more is mismatched. */
const JUNIOR_MAX = 3;
/** A senior role asking at most this many years is mismatched. */
const SENIOR_MIN = 1;

export default defineRule({
  meta: {
    id: "seniority-mismatch",
    description:
      "The title or level says junior, entry level, graduate or intern while a mandatory statement asks 3+ years; or it says senior, staff, principal or lead while the experience asked is at most 1 year",
    category: "consistency",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "a senior title with senior years",
          filePath: "example.md",
          text: "# Senior Backend Engineer\n\n## Requirements\n\n- 6+ years of experience building backend systems.\n- 1+ year of experience with Terraform.\n",
        },
        {
          name: "a junior title with a preferred 3+ years",
          text: "Job Title: Junior Data Analyst\n\nRequirements\n- 1+ year of experience in data analysis.\n\nNice to Have\n- 3+ years of experience with SQL.\n",
        },
        {
          name: "body text is not the title",
          filePath: "example.md",
          text: "# Data Engineer\n\n## Responsibilities\n\n- Mentor two junior data engineers.\n\n## Requirements\n\n- 5+ years of experience in data engineering.\n",
        },
        {
          name: "Supervisor, Director and Fellow are no seniority keywords",
          filePath: "example.md",
          text: "# Engineering Fellow\n\n## Requirements\n\n- 1 year of specialized experience.\n",
        },
        {
          name: "one year at the grade below is time in grade, not junior experience",
          filePath: "example.md",
          text: "# Principal Software Engineer\n\n## Qualifications\n\nTo qualify, you must have one (1) year of specialized experience at the next lower GS-grade.\n",
        },
        {
          name: "an alternative path a junior can meet",
          text: "Position: Entry-Level Lab Technician\n\nRequirements\n- Bachelor's degree and 1+ year of lab experience, OR\n- Associate degree and 3+ years of lab experience.\n",
        },
      ],
      invalid: [
        {
          name: "a junior title asking 5+ years",
          text: "Job Title: Junior Data Analyst\n\nREQUIREMENTS\n- 5+ years of experience in data analysis.\n",
          messages: [{ line: 4, message: 'The title says "Junior" (line 1), but this asks 5+ years of data analysis' }],
        },
        {
          name: "a senior title asking twelve months",
          text: "Job Title: Senior Social Media Manager\n\nWe're looking for someone with at least 12 months of experience running social media.\n\nWhat You'll Do:\n- Publish daily content.\n",
          messages: [{ line: 3, message: 'The title says "Senior" (line 1), but it asks only 1+ year of running social media' }],
        },
        {
          name: "a lead title asking one year",
          filePath: "example.md",
          text: "# Lead Carpenter\n\n## Requirements\n\n- 1 year of experience in residential carpentry.\n- A valid driver's license.\n",
          messages: [{ line: 5, message: 'The title says "Lead" (line 1), but it asks only 1+ year of residential carpentry' }],
        },
        {
          name: "the level from a Level line",
          text: "Position: Software Engineer\nLevel: Entry level\n\nRequirements\n- 4+ years of experience in software development.\n",
          messages: [{ line: 5, message: 'The level says "Entry level" (line 2), but this asks 4+ years of software development' }],
        },
        {
          name: "a graduate title in the front matter",
          filePath: "example.md",
          text: "---\ntitle: Graduate Software Engineer\n---\n\n## Requirements\n\n- 3+ years of experience in professional software development.\n",
          messages: [{ line: 7, message: 'The title says "Graduate" (line 2), but this asks 3+ years of professional software development' }],
        },
      ],
    },
  },
  create(context) {
    const claims = levelClaims(context.posting);
    const says = (s: string) => claims.find((c) => c.seniority === s);
    const junior = says("junior");
    const senior = says("senior");
    // A range of levels ("Junior/Mid", "Mid-Senior") claims neither end.
    if (says("mid") || (junior && senior)) return;
    const requirements = experienceRequirements(context.posting.statements);
    if (junior) {
      for (const r of requirements) {
        if (r.min >= JUNIOR_MAX) context.report({ message: `${claimText(junior)}, but this asks ${describeYears(r.easiest)}`, range: r.easiest.years.range });
      }
    }
    if (senior && requirements.length > 0 && requirements.every((r) => r.easiest.years.min <= SENIOR_MIN)) {
      for (const r of requirements) context.report({ message: `${claimText(senior)}, but it asks only ${describeYears(r.easiest)}`, range: r.easiest.years.range });
    }
  },
});

interface ExperienceRequirement {
  /** The years of the easiest path: 0 when an alternative path asks none ("..., OR a Master's degree"). */
  min: number;
  easiest: YearsStatement;
}

/**
 * Mandatory years of experience, the OR paths of a group folded into one
 * requirement that the easiest path meets. Years at a grade ("one year at the
 * GS-14") measure time in grade, not the candidate's seniority.
 */
function experienceRequirements(statements: readonly Statement[]): ExperienceRequirement[] {
  const out: ExperienceRequirement[] = [];
  for (const paths of foldAlternatives(statements.filter(isMandatory))) {
    const withYears = paths.filter((s): s is YearsStatement => s.years !== undefined && !s.years.atGrade);
    if (withYears.length === 0) continue;
    const easiest = withYears.reduce((a, b) => (b.years.min < a.years.min ? b : a));
    out.push({ min: withYears.length < paths.length ? 0 : easiest.years.min, easiest });
  }
  return out;
}

function claimText(c: LevelClaim): string {
  return `The ${c.source === "title" ? "title" : "level"} says "${c.words}" (line ${c.line})`;
}
