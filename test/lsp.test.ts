import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { LspClient, type StartOptions } from "./helpers/lsp-client.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const serverBin = join(root, "dist/bundle/jobpostlint-lsp.js");
const cliBin = join(root, "dist/bundle/jobpostlint.js");
const example = join(root, "examples/ats-posting.txt");

const clients: LspClient[] = [];
const folders: string[] = [];

async function start(options: Partial<StartOptions> = {}): Promise<LspClient> {
  const client = await LspClient.start({ args: [serverBin], cwd: root, initializationOptions: { debounceMs: 20 }, ...options });
  clients.push(client);
  return client;
}

/** A project folder of its own (package.json marks the root), so no configuration from around it applies. */
function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-lsp-"));
  folders.push(dir);
  writeFileSync(join(dir, "package.json"), "{}\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

const onLine = (p: PublishDiagnosticsParams, line: number, rule: string) => p.diagnostics.filter((d) => d.range.start.line === line && d.code === rule);
const rules = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

function titled(actions: CodeAction[], title: string): CodeAction {
  return only(actions.filter((a) => a.title === title));
}

beforeAll(() => {
  // `npm test` builds first; the tests speak to the built server as an editor would.
  expect(existsSync(serverBin), `${serverBin} is missing: run npm run build`).toBe(true);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("jobpostlint language server", () => {
  it("publishes the ATS example's findings and fixes line 18's tab with its quick fix", async () => {
    const client = await start({ rootUri: uriOf(root) });
    expect(client.initializeResult.capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll.jobpostlint"] });
    const uri = uriOf(example);
    await client.open(uri, readFileSync(example, "utf8"));
    const opened = await client.diagnostics(uri);
    expect(opened.version).toBe(1);

    const tab = only(onLine(opened, 17, "no-stray-tabs"));
    expect(tab).toMatchObject({ source: "jobpostlint", range: { start: { line: 17, character: 0 } } });
    const href = tab.codeDescription!.href;
    expect(href).toMatch(/\/docs\/rules\/no-stray-tabs\.md$/);
    expect(existsSync(fileURLToPath(href))).toBe(true);

    const actions = await client.codeActions(uri, tab.range, [tab]);
    const fix = titled(actions, "Fix this no-stray-tabs problem");
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: true });
    const version = await client.apply(fix);
    expect(client.text(uri).split("\n")[17]).toBe("Excellent communication skills (both written and verbal) and a collaborative team player.");

    const after = await client.diagnostics(uri, (p) => p.version === version);
    expect(onLine(after, 17, "no-stray-tabs")).toEqual([]);
    // Only that finding went: line 19 keeps its own.
    expect(onLine(after, 18, "no-stray-tabs")).toHaveLength(1);
    expect(after.diagnostics.length).toBe(opened.diagnostics.length - 1);
    expect(await client.shutdown()).toBe(0);
  });

  it("counts columns in UTF-16 code units after emoji and CJK text, and keeps a BOM out of the offsets", async () => {
    const client = await start();
    const dir = project();
    const line = "需要 🚀 经验 🧑‍💻 with\tPython and Go";
    const uri = uriOf(join(dir, "posting.txt"));
    await client.open(uri, `\uFEFFSenior\tEngineer\n\nRequirements\n${line}\n`);
    const published = await client.diagnostics(uri);

    const tab = line.indexOf("\t");
    expect([...line.slice(0, tab)].length).not.toBe(tab); // the test means something only if code points and code units differ
    const found = only(onLine(published, 3, "no-stray-tabs"));
    expect(found.range).toEqual({ start: { line: 3, character: tab }, end: { line: 3, character: tab + 1 } });

    // Line 1 behind a BOM: the document's own column counts it, the linter's does not.
    const first = only(onLine(published, 0, "no-stray-tabs"));
    expect(first.range.start).toEqual({ line: 0, character: 7 });
    const version = await client.apply(titled(await client.codeActions(uri, first.range, [first]), "Fix this no-stray-tabs problem"));
    expect(client.text(uri).split("\n")[0]).toBe("\uFEFFSenior Engineer");
    // The other finding's edit was computed for version 1: the server offers nothing for it now.
    expect(await client.codeActions(uri, found.range, [found])).toEqual([]);
    const fresh = only(onLine(await client.diagnostics(uri, (p) => p.version === version), 3, "no-stray-tabs"));
    await client.apply(titled(await client.codeActions(uri, fresh.range, [fresh]), "Fix this no-stray-tabs problem"));
    expect(client.text(uri).split("\n")[3]).toBe(line.replace("\t", " "));
  });

  it("fixes everything with source.fixAll.jobpostlint, as one edit", async () => {
    const client = await start();
    const text = readFileSync(example, "utf8");
    const uri = uriOf(join(project(), "posting.txt"));
    await client.open(uri, text);
    const opened = await client.diagnostics(uri);
    expect(opened.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix).length).toBeGreaterThan(20);

    // A lightbulb request (no `only`) must not pay for a fix run.
    expect((await client.codeActions(uri, opened.diagnostics[0]!.range, [])).filter((a) => a.kind === "source.fixAll.jobpostlint")).toEqual([]);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ["source.fixAll"]);
    const fixAll = only(actions);
    expect(fixAll.kind).toBe("source.fixAll.jobpostlint");
    expect(fixAll.edit!.changes![uri]).toHaveLength(1);
    const { fixText } = (await import(pathToFileURL(join(root, "dist/src/index.js")).href)) as typeof import("../src/index.js");
    const expected = fixText(text, { filePath: "posting.txt" }).output;
    expect(expected).not.toBe(text);

    const version = await client.apply(fixAll);
    expect(client.text(uri)).toBe(expected);
    const after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix)).toEqual([]);
    expect(rules(after)).not.toContain("no-stray-tabs");
  });

  it("disables a rule for one line: above a plain-text line (with its CRLF) or a heading, at the end of a Markdown list item or line 1", async () => {
    const client = await start();
    const dir = project();

    const txt = uriOf(join(dir, "posting.txt"));
    await client.open(txt, "Senior Engineer\r\n\r\nRequirements\r\nStrong\tcommunication skills.\r\nFive years of Go\tand Rust.\r\n");
    const plain = await client.diagnostics(txt);
    const target = only(onLine(plain, 3, "no-stray-tabs"));
    const disable = titled(await client.codeActions(txt, target.range, [target]), "Disable no-stray-tabs for this line");
    expect(disable.edit!.changes![txt]).toEqual([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: "<!-- jobpostlint-disable-next-line no-stray-tabs -->\r\n" }]);
    const version = await client.apply(disable);
    const after = await client.diagnostics(txt, (p) => p.version === version);
    expect(onLine(after, 4, "no-stray-tabs")).toEqual([]);
    expect(onLine(after, 5, "no-stray-tabs")).toHaveLength(1);
    expect(after.diagnostics.length).toBe(plain.diagnostics.length - 1);

    const md = uriOf(join(dir, "posting.md"));
    const lines = ["# Senior Engineer", "", "## Requirements", "", "- Go and Rust", "- Strong\tcommunication skills  ", "- Kubernetes", "", "## Nice\tto have", "", "- Python", ""];
    await client.open(md, lines.join("\n"), "markdown");
    let marked = await client.diagnostics(md);
    const disableOn = async (line: number, rule: string) => {
      const finding = only(onLine(marked, line, rule));
      const action = titled(await client.codeActions(md, finding.range, [finding]), `Disable ${rule} for this line`);
      const version = await client.apply(action);
      marked = await client.diagnostics(md, (p) => p.version === version);
      return only(action.edit!.changes![md]!);
    };

    // A list item: at its end, so the list stays one list, and before the two-space line break, so it stays one.
    expect((await disableOn(5, "no-stray-tabs")).range.start).toEqual({ line: 5, character: "- Strong\tcommunication skills".length });
    expect(client.text(md).split("\n")[5]).toBe("- Strong\tcommunication skills <!-- jobpostlint-disable-line no-stray-tabs -->  ");
    expect(onLine(marked, 5, "no-stray-tabs")).toEqual([]);

    // A heading: above it, or the comment would join the heading's text.
    expect((await disableOn(8, "no-stray-tabs")).range.start).toEqual({ line: 8, character: 0 });
    expect(client.text(md).split("\n").slice(8, 10)).toEqual(["<!-- jobpostlint-disable-next-line no-stray-tabs -->", "## Nice\tto have"]);
    expect(onLine(marked, 9, "no-stray-tabs")).toEqual([]);

    // Line 1, where findings about the whole posting stand: at its end, since a line above would become line 1.
    expect((await disableOn(0, "pay-transparency")).range.start).toEqual({ line: 0, character: "# Senior Engineer".length });
    expect(onLine(marked, 0, "pay-transparency")).toEqual([]);
    expect(onLine(marked, 0, "required-sections")).toHaveLength(1);
  });

  it("reloads the configuration when a watched configuration file changes (severities follow it), and reports a broken one", async () => {
    const dir = project({ "posting.txt": "Senior Engineer\n\nRequirements\nStrong\tcommunication skills.\n" });
    const client = await start({ rootUri: uriOf(dir), watchFiles: true });
    const uri = uriOf(join(dir, "posting.txt"));
    await client.open(uri, readFileSync(join(dir, "posting.txt"), "utf8"));
    expect(rules(await client.diagnostics(uri))).toContain("no-stray-tabs");
    // The server registers the watcher on `initialized`, so the request came before the first diagnostics.
    expect(client.registrations.map((r) => r.method)).toContain("workspace/didChangeWatchedFiles");

    const config = join(dir, ".jobpostlintrc.json");
    const reconfigure = async (text: string, type: 1 | 2) => {
      writeFileSync(config, text);
      const mark = client.mark();
      await client.watchedFilesChanged([{ uri: uriOf(config), type }]);
      return client.diagnostics(uri, () => true, mark);
    };
    const tabs = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "no-stray-tabs").map((d) => d.severity);
    expect(tabs(await reconfigure(JSON.stringify({ rules: { "no-stray-tabs": "error" } }), 1))).toEqual([1]);
    expect(tabs(await reconfigure(JSON.stringify({ rules: { "no-stray-tabs": "warn" } }), 2))).toEqual([2]);
    const off = await reconfigure(JSON.stringify({ rules: { "no-stray-tabs": "off" } }), 2);
    expect(tabs(off)).toEqual([]);
    expect(off.diagnostics.length).toBeGreaterThan(0);

    const broken = await reconfigure("{ not json", 2);
    const problem = only(broken.diagnostics);
    expect(problem.severity).toBe(1);
    expect(problem.message).toContain(".jobpostlintrc.json");
  });

  it("debounces changes and clears diagnostics on close", async () => {
    const client = await start({ initializationOptions: { debounceMs: 400 } });
    const uri = uriOf(join(project(), "posting.txt"));
    await client.open(uri, "Senior Engineer\n\nRequirements\nStrong communication skills and focus.\n");
    expect(rules(await client.diagnostics(uri))).not.toContain("no-stray-tabs");
    const edit = (character: number) => [{ range: { start: { line: 3, character }, end: { line: 3, character: character + 1 } }, text: "\t" }];
    await client.change(uri, edit(6));
    await client.change(uri, edit(20));
    const last = await client.change(uri, edit(27));
    const linted = await client.diagnostics(uri, (p) => p.version === last);
    // One finding for the line's three tabs: it reaches the last one, so the last version was linted.
    expect(only(linted.diagnostics.filter((d: Diagnostic) => d.code === "no-stray-tabs")).range).toEqual({ start: { line: 3, character: 6 }, end: { line: 3, character: 28 } });
    expect(client.published.filter((p) => p.version === 2 || p.version === 3)).toEqual([]);

    await client.close(uri);
    expect((await client.diagnostics(uri, (p) => p.version === undefined)).diagnostics).toEqual([]);
  });

  it("runs as `jobpostlint --lsp` (with a client's transport flag), linking rules to a configured docs base", async () => {
    const client = await start({ args: [cliBin, "--lsp", "--stdio"], initializationOptions: { debounceMs: 0, docsBaseUrl: "https://docs.example/rules" } });
    const uri = uriOf(join(project(), "posting.txt"));
    await client.open(uri, "Senior Engineer\n\nRequirements\nStrong\tcommunication skills.\n");
    const tab = only((await client.diagnostics(uri)).diagnostics.filter((d) => d.code === "no-stray-tabs"));
    expect(tab.codeDescription).toEqual({ href: "https://docs.example/rules/no-stray-tabs.md" });
    expect(await client.shutdown()).toBe(0);
  });
});
