import { defineRule } from "../src/engine/rule.js";
import { describeYears, isMandatory, yearsText, type YearsStatement } from "./lib/requirements.js";
import { fieldKey } from "../src/posting/requirements/field.js";
import { inExclusiveBranches } from "../src/posting/template-branches.js";
import type { Statement } from "../src/posting/types.js";


/** One requirement as far as years go: a single statement, or the OR paths of one alternative group. */
interface Requirement {
  statements: YearsStatement[];
  /** The minimum years each path accepts. */
  mins: Set<number>;
  /** The smallest of them: what a preferred statement must not undercut. */
  least: number;
}

/** Requirements remembered per field; real postings have a handful, so a cap keeps the pass linear. */
const MAX_DISTINCT = 64;

export default defineRule({
  meta: {
    id: "experience-contradiction",
    description: "Mandatory statements that demand different minimum years of experience for the same field, or a preferred one that asks fewer",
    category: "headline",
    recommended: "error",
    examples: {
      valid: [
        {
          name: "the offer's own conditions and a specialty inside a field",
          filePath: "example.md",
          text:
            "## Pay and benefits\n\n- Nurses with 3+ years of telemetry experience receive a $10,000 sign-on bonus (a 2-year commitment is required).\n\n" +
            "## Requirements\n\n- 1+ year of telemetry experience.\n- 8+ years of experience in construction, including 3+ years in commercial construction.\n",
        },
        {
          name: "degree-tied alternatives in one item",
          filePath: "example.md",
          text:
            "## Requirements\n\n" +
            "- Bachelor's degree and 4+ years of experience in backend development, OR Master's degree and 3+ years of experience in backend development, OR PhD and 2+ years of experience in backend development.\n",
        },
        {
          name: "degree-tied alternatives in consecutive items joined by OR",
          text:
            "Minimum Qualifications:\n" +
            "- Bachelor's degree in Mechanical Engineering and 4+ years of experience in mechanical design, OR\n" +
            "- Master's degree in Mechanical Engineering and 3+ years of experience in mechanical design, OR\n" +
            "- PhD in Mechanical Engineering and 2+ years of experience in mechanical design.\n",
        },
        {
          name: "a preferred statement asking more than the mandatory one",
          filePath: "example.md",
          text: "## Requirements\n\n- 2+ years of experience in user research.\n\n## Nice to Have\n\n- 5+ years of experience in user research.\n",
        },
        {
          name: "different fields",
          text:
            "Minimum Qualifications\n" +
            "\t7+ years of experience in Systems Engineering or a related field.\n" +
            "\t2+ years of experience in Software Engineering or a related field.\n",
        },
        {
          name: "a range and a number that agree",
          filePath: "example.md",
          text:
            "## About us\n\nWe are looking for an analyst with 3+ years of experience in data analysis.\n\n" +
            "## Requirements\n\n- 3-5 years of experience in data analysis.\n",
        },
        {
          name: "statements in branches that never render together",
          filePath: "example.md",
          text:
            "## Requirements\n\n{% if page.state == 'upcoming' %}\n- 5+ years of experience in product management.\n" +
            "{% else %}\n- 3+ years of experience in product management.\n{% endif %}\n",
        },
        {
          name: "time in grade beside total experience",
          filePath: "example.md",
          text:
            "## Requirements\n\n- At least 8 years of professional experience.\n\n" +
            "## Specialized experience\n\nYou must have one year of specialized experience equivalent to the GS-13 level.\n",
        },
        {
          name: "a company's age is no requirement",
          filePath: "example.md",
          text:
            "## About Us\n\nFor over 30 years we have built pumps for water utilities.\n\n" +
            "## Requirements\n\n- 5+ years of experience in pump design.\n",
        },
      ],
      invalid: [
        {
          name: "the same field in two mandatory sections",
          text:
            "General Summary\n" +
            "\t10+ years of experience in Software Engineering or a related field.\n" +
            "Minimum Qualifications\n" +
            "\t2+ years of experience in Software Engineering or a related field.\n",
          messages: [{ line: 4, message: "2+ years of software engineering here, 10+ at line 2" }],
        },
        {
          name: "filler and word order do not make another field",
          text:
            "General Summary\n" +
            "\t8+ years of experience with programming languages such as C++, Python, etc.\n" +
            "Minimum Qualifications\n" +
            "\t3+ years of experience with programming languages such as Python, C++.\n",
          messages: [{ line: 4, message: "3+ years of programming languages here, 8+ at line 2" }],
        },
        {
          name: "the same field in other words: an alias, a gerund, a plural, alternatives in another order",
          filePath: "example.md",
          text:
            "## Must have\n\n- 5+ years of experience with Kubernetes.\n- 6+ years of software development.\n- Two-plus years of telemetry or cardiac nursing experience.\n\n" +
            "## Nice to have\n\n- 2+ years of production K8s experience.\n- 8+ years of experience developing software.\n- 1 year of experience in cardiac or telemetry nursing.\n",
          messages: [
            { line: 9, message: "2+ years of k8s preferred here, but 5+ required at line 3" },
            { line: 11, message: "1+ year of cardiac or telemetry nursing preferred here, but 2+ required at line 5" },
          ],
        },
        {
          name: "a gerund against the noun of the same field, and months against years",
          filePath: "example.md",
          text:
            "## About the role\n\nWe're looking for someone with 7+ years of experience developing software.\n\n" +
            "## Requirements\n\n- 5+ years of professional software development experience.\n- 6 months of experience in warehouse operations.\n\n" +
            "## Additional Information\n\n- 2 years of experience in warehouse operations.\n",
          messages: [
            { line: 7, message: "5+ years of software development here, 7+ at line 3" },
            { line: 12, message: "2+ years of warehouse operations here, 6+ months at line 8" },
          ],
        },
        {
          name: "spelled-out years and a statement without a field",
          filePath: "example.md",
          text: "## Requirements\n\n- At least five years of experience.\n\n## Additional Information\n\n- Minimum of 3 years of experience.\n",
          messages: [{ line: 7, message: "3+ years of experience here, 5+ at line 3" }],
        },
        {
          name: "every later member of a group is reported",
          filePath: "example.md",
          text:
            "# Senior Data Engineer\n\nWe are hiring a senior data engineer with 7+ years of experience in data engineering.\n\n" +
            "## Requirements\n\n- 4+ years of experience in data engineering.\n\n" +
            "## Additional Information\n\n- Five (5) years of experience in data engineering.\n",
          messages: [
            { line: 7, message: "4+ years of data engineering here, 7+ at line 3" },
            { line: 11, message: "5+ years of data engineering here, 7+ at line 3" },
          ],
        },
        {
          name: "a preferred statement asking fewer years (inverted requirement)",
          text: "REQUIREMENTS\n- 5+ years of experience in data analysis.\n\nNICE TO HAVE\n- 2+ years of experience in data analysis.\n",
          messages: [{ line: 5, message: "2+ years of data analysis preferred here, but 5+ required at line 2" }],
        },
        {
          name: "an alternative path against a requirement outside it",
          text:
            "Minimum Qualifications:\n" +
            "- Bachelor's degree and 4+ years of experience in mechanical design, OR\n" +
            "- Master's degree and 3+ years of experience in mechanical design.\n" +
            "Additional Job Description:\n" +
            "- 6+ years of experience in mechanical design.\n",
          messages: [{ line: 5, message: "6+ years of mechanical design here, 4+ at line 2" }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    // Statements in branches that never render together ({% if %} / {% else %}) cannot contradict each other.
    const together = (a: Requirement, b: Requirement) => !inExclusiveBranches(posting.branches, start(a), start(b));
    const mandatory = new Map<string, Requirement[]>();
    const preferred: Requirement[] = [];
    for (const requirement of requirements(posting.statements)) {
      const first = requirement.statements[0]!;
      if (first.optional) {
        preferred.push(requirement);
        continue;
      }
      const earlier = mandatory.get(fieldOf(first)) ?? [];
      const other = earlier.find((r) => disjoint(r.mins, requirement.mins) && together(r, requirement));
      if (other) {
        const named = other.statements[0]!;
        for (const s of requirement.statements) {
          context.report({ message: `${describeYears(s)} here, ${yearsText(named.years)} at line ${named.item.line}`, range: s.years.range });
        }
      }
      // Only the first requirement of each set of minimums can be the "other line" of a later one.
      if (earlier.length < MAX_DISTINCT && !earlier.some((r) => sameSet(r.mins, requirement.mins) && together(r, requirement))) {
        earlier.push(requirement);
        mandatory.set(fieldOf(first), earlier);
      }
    }
    for (const requirement of preferred) {
      for (const s of requirement.statements) {
        const stricter = (mandatory.get(fieldOf(s)) ?? []).find((r) => r.least > s.years.min && together(r, requirement));
        if (!stricter) continue;
        const other = stricter.statements[0]!;
        context.report({
          message: `${describeYears(s)} preferred here, but ${yearsText(other.years)} required at line ${other.item.line}`,
          range: s.years.range,
        });
      }
    }
  },
});

/**
 * What a statement's years are compared by: its field, and whether they are
 * time served at a grade ("one year at the GS-13 level"), a requirement of its
 * own beside total experience ("8 years of professional experience").
 */
function fieldOf(s: YearsStatement): string {
  const key = fieldKey(s.field);
  return s.years.atGrade ? `${key}\u0000at grade` : key;
}

function start(r: Requirement): number {
  return r.statements[0]!.years.range.start;
}

/**
 * The years statements in document order, each alternative group folded into
 * one requirement (its paths are alternatives, not rivals). A group whose paths
 * mix optional and mandatory statements counts as mandatory.
 */
function requirements(statements: readonly Statement[]): Requirement[] {
  const out: Requirement[] = [];
  const groups = new Map<string, Requirement>();
  for (const s of statements) {
    // The offer's own conditions ("a sign-on bonus for nurses with 3+ years") ask nothing of the candidate.
    if (!s.years || (!s.optional && !isMandatory(s))) continue;
    const statement = s as YearsStatement;
    if (s.alternativeGroup === undefined) {
      out.push({ statements: [statement], mins: new Set([s.years.min]), least: s.years.min });
      continue;
    }
    // Paths of one group may name different fields; each field is its own requirement.
    const key = `${s.alternativeGroup}\u0000${fieldOf(statement)}`;
    const group = groups.get(key);
    if (group) {
      // A mandatory path makes the group mandatory: it goes first, where the group is judged.
      if (!s.optional && group.statements[0]!.optional) group.statements.unshift(statement);
      else group.statements.push(statement);
      group.mins.add(s.years.min);
      group.least = Math.min(group.least, s.years.min);
    } else {
      const created = { statements: [statement], mins: new Set([s.years.min]), least: s.years.min };
      groups.set(key, created);
      out.push(created);
    }
  }
  return out;
}

function disjoint(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const n of a) if (b.has(n)) return false;
  return true;
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && !disjoint(a, b) && [...a].every((n) => b.has(n));
}

