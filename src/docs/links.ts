import type { RuleMeta } from "../engine/rule.js";

/** The part of package.json these links are made from. */
export interface RepositoryField {
  repository?: string | { type?: string; url: string };
}

/**
 * Web links for the docs, computed from a package.json passed in rather than
 * read here: this module imports nothing from Node, so the web playground can
 * use it with package.json bundled as JSON.
 */

/** The repository's web address from package.json `repository` ("git+https://host/o/r.git" and "github:o/r" forms included). */
export function repositoryWebUrlOf(pkg: RepositoryField): string | undefined {
  const raw = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  return raw.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/\.git$/, "");
}

/** Where the built-in rules' pages live (docs/rules/ on the default branch), ending with a slash. */
export function ruleDocsBaseOf(pkg: RepositoryField): string {
  return `${repositoryWebUrlOf(pkg) ?? "https://github.com/jobpostlint/jobpostlint"}/blob/main/docs/rules/`;
}

/**
 * A rule's documentation page: the rule's own `meta.docs.url` when it has one,
 * else `<base><id>.md` for a built-in rule. A plugin rule (`plugin/rule`)
 * without a URL of its own has none: our docs do not describe it.
 */
export function ruleDocsUrlAt(base: string, ruleId: string, meta?: Pick<RuleMeta, "docs">): string | undefined {
  if (meta?.docs?.url) return meta.docs.url;
  if (ruleId.includes("/")) return undefined;
  return `${base}${encodeURIComponent(ruleId)}.md`;
}
