import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { FileConfig } from "../config/resolve.js";
import type { ActiveRule } from "../engine/lint.js";
import { lintSource } from "../engine/lint-source.js";
import type { LintResult } from "../engine/messages.js";
import { POSTING_EXTENSIONS } from "../posting/format.js";
import "../posting/all-readers.js";
import { parsePosting } from "../posting/parse.js";
import type { Format, Posting } from "../posting/types.js";
import { bomLength } from "./positions.js";
import type { Workspace } from "./workspace.js";

/** The outcome for the document `version` that was linted (the text may have changed while configuration loaded). */
export type DocumentLint = { version: number } & (
  | { kind: "ignored" }
  /** A configuration that cannot be used: the one-line reason the CLI would print. */
  | { kind: "problem"; message: string }
  | { kind: "linted"; result: LintResult; config: FileConfig }
);

/** The extension an untitled buffer is linted under, by the editor's language. */
const UNTITLED_EXTENSIONS: Record<string, string> = { markdown: ".md", html: ".html", json: ".json", jsonld: ".json" };

/** Where a document lives on disk, which decides its configuration; an untitled buffer counts as in the workspace folder. */
export function documentPath(document: TextDocument, workspace: Workspace): string {
  if (document.uri.startsWith("file:")) return fileURLToPath(document.uri);
  const ext = UNTITLED_EXTENSIONS[document.languageId] ?? ".txt";
  return join(workspace.defaultFolder(), `untitled${ext}`);
}

/** Lints (or, with `fix`, fixes) a document's current text with the configuration for its path. */
export async function lintDocument(document: TextDocument, workspace: Workspace, fix = false): Promise<DocumentLint> {
  const filePath = documentPath(document, workspace);
  try {
    const config = await workspace.configFor(filePath);
    const { version } = document;
    if (!config) return { version, kind: "ignored" };
    const result = lintSource(document.getText(), { filePath, rules: config.rules, settings: config.settings, fix, ...formatOption(document, filePath) });
    return { version, kind: "linted", result, config };
  } catch (error) {
    // A broken configuration file, or a plugin rule breaking the engine's contract: say so where the user looks.
    return { version: document.version, kind: "problem", message: `jobpostlint: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}

/** The posting model of the document's current text, read as `lintDocument` reads it. */
export function parseDocument(document: TextDocument, workspace: Workspace): Posting {
  const filePath = documentPath(document, workspace);
  return parsePosting(document.getText().slice(bomLength(document)), { filePath, ...formatOption(document, filePath) });
}

/** The rule's page: the configured base for built-in rules, the rule's own `meta.docs.url` for a plugin's. */
export function docsUrl(ruleId: string, rules: readonly ActiveRule[], base: string): string | undefined {
  if (ruleId.includes("/")) return rules.find((r) => r.id === ruleId)?.rule.meta.docs?.url;
  return `${base}${encodeURIComponent(ruleId)}.md`;
}

/** The extension decides, as on the command line; only a file without a posting extension takes the editor's language. */
function formatOption(document: TextDocument, filePath: string): { format?: Format } {
  const ext = extname(filePath).slice(1).toLowerCase();
  if ((POSTING_EXTENSIONS as readonly string[]).includes(ext)) return {};
  if (document.languageId === "markdown") return { format: "markdown" };
  if (document.languageId === "html") return { format: "html" };
  if (document.languageId === "json" || document.languageId === "jsonld") return { format: "json" };
  if (document.languageId === "plaintext" || document.languageId === "text") return { format: "text" };
  return {};
}
