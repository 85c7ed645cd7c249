import type { RuleMeta } from "../engine/rule.js";
import { packageInfo, type PackageInfo } from "../package-info.js";

/** The repository's web address from package.json `repository` ("git+https://host/o/r.git" and "github:o/r" forms included). */
export function repositoryWebUrl(pkg: PackageInfo = packageInfo): string | undefined {
  const raw = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  return raw.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/\.git$/, "");
}

/** Where the built-in rules' pages live (docs/rules/ on the default branch), ending with a slash. */
export const RULE_DOCS_BASE = `${repositoryWebUrl() ?? "https://github.com/jobpostlint/jobpostlint"}/blob/main/docs/rules/`;

/**
 * A rule's documentation page: the rule's own `meta.docs.url` when it has one,
 * else docs/rules/<id>.md for a built-in rule. A plugin rule (`plugin/rule`)
 * without a URL of its own has none: our docs do not describe it.
 */
export function ruleDocsUrl(ruleId: string, meta?: Pick<RuleMeta, "docs">): string | undefined {
  if (meta?.docs?.url) return meta.docs.url;
  if (ruleId.includes("/")) return undefined;
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
