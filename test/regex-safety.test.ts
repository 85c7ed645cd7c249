import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

interface RegexSite {
  where: string;
  source: string;
  flags: string;
  /** Why a regex recheck calls polynomial is safe where it is used ("bounded input: ..."), from a `// linear-regex:` comment on its line or the line before. */
  vouched?: string;
}

const VOUCHER = /\/\/ linear-regex: (\S.*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every regular expression literal, and every `new RegExp("literal")`, in src/ and rules/. */
function regexSites(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "rules"))]) {
    const content = readFileSync(file, "utf8");
    const lines = content.split("\n");
    const sf = ts.createSourceFile(file, content, ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line;
    const where = (node: ts.Node) => `${relative(root, file)}:${lineOf(node) + 1}`;
    const vouched = (node: ts.Node) => {
      const l = lineOf(node);
      const reason = VOUCHER.exec(lines[l] ?? "")?.[1] ?? VOUCHER.exec(lines[l - 1] ?? "")?.[1];
      return reason ? { vouched: reason } : {};
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        sites.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1), ...vouched(node) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern)) {
          sites.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "", ...vouched(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

describe("regular expressions run in linear time", () => {
  const sites = regexSites();

  it("finds the project's regular expressions", () => {
    expect(sites.length).toBeGreaterThan(20);
  });

  it("every voucher gives a reason", () => {
    expect(sites.filter((s) => s.vouched !== undefined && s.vouched.trim().length < 10).map((s) => s.where)).toEqual([]);
  });

  it("no regular expression in src/ or rules/ is open to catastrophic backtracking (recheck)", () => {
    const vulnerable: string[] = [];
    for (const site of sites) {
      const result = checkSync(site.source, site.flags.replace(/[^dgimsuy]/g, ""), { timeout: 10_000 });
      // Exponential backtracking is never acceptable; polynomial only where the input is bounded and the code says why.
      if (result.status === "vulnerable" && (result.complexity.type === "exponential" || !site.vouched)) {
        vulnerable.push(`${site.where} /${site.source}/${site.flags} (${result.complexity.type}; attack: ${JSON.stringify(result.attack.string.slice(0, 60))})`);
      }
    }
    expect(vulnerable).toEqual([]);
  }, 600_000);
});
