import type { RuleMeta } from "../engine/rule.js";
import { packageInfo, type PackageInfo } from "../package-info.js";
import { repositoryWebUrlOf, ruleDocsBaseOf, ruleDocsUrlAt } from "./links.js";

/** The repository's web address from package.json `repository` ("git+https://host/o/r.git" and "github:o/r" forms included). */
export function repositoryWebUrl(pkg: PackageInfo = packageInfo): string | undefined {
  return repositoryWebUrlOf(pkg);
}

/** Where the built-in rules' pages live (docs/rules/ on the default branch), ending with a slash. */
export const RULE_DOCS_BASE = ruleDocsBaseOf(packageInfo);

/**
 * A rule's documentation page: the rule's own `meta.docs.url` when it has one,
 * else docs/rules/<id>.md for a built-in rule. A plugin rule (`plugin/rule`)
 * without a URL of its own has none: our docs do not describe it.
 */
export function ruleDocsUrl(ruleId: string, meta?: Pick<RuleMeta, "docs">): string | undefined {
  return ruleDocsUrlAt(RULE_DOCS_BASE, ruleId, meta);
}
