import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, serveFolder } from "../playground/browser-harness.mjs";
import { builtinRules } from "../rules/index.js";
import { lintSource } from "../src/engine/lint-source.js";
import { resolveRules } from "../src/engine/rules-config.js";
import { lintFiles } from "../src/index.js";

/**
 * The web playground, built as `npm run build:playground` builds it (type
 * checks included), served from 127.0.0.1 as a static host would, and used in
 * Debian's Chromium the way a recruiter would: paste, read, fix, copy, share.
 */

const root = new URL("..", import.meta.url).pathname;
const example = readFileSync(join(root, "examples/ats-posting.txt"), "utf8");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const recommended = resolveRules(new Map(builtinRules.map((r) => [r.meta.id, r])));

/**
 * Waits for the page to show something (linting runs in a worker, a moment
 * after each change). The limit only keeps a broken page from hanging the
 * run: it is generous because the machine may be busy with other suites.
 */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 30_000, interval: 100 });
}

interface ShownFinding {
  rule: string;
  line: number;
  column: number;
  message: string;
}

let server: { url: string; close(): Promise<void> } | undefined;
let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
/** Why the build or the browser failed: each test fails with it (a failed beforeAll would only mark them skipped). */
let setupError: Error | undefined;
let site: string | undefined;

beforeAll(async () => {
  try {
    // A folder of its own, not playground/dist: a second run in the same work tree must not rebuild the site under this one.
    site = mkdtempSync(join(tmpdir(), "jobpostlint-playground-site-"));
    const build = spawnSync("npm", ["run", "-s", "build:playground", "--", "--outDir", site, "--emptyOutDir"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build:playground failed:\n${build.stdout}\n${build.stderr}`);
    server = await serveFolder(site);
    browser = await launchChromium({ width: 1280, height: 1400 });
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  } catch (error) {
    setupError = error as Error;
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** A new tab on the playground, once the rules have arrived from the lint worker. */
async function openPlayground(): Promise<Page> {
  if (setupError || !browser || !server) throw setupError ?? new Error("the playground was not set up");
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator(".rule-setting").first().waitFor({ state: "attached" });
  return page;
}

/** Pastes through the clipboard and Ctrl+V, as a person does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+V");
}

/** The editor's whole text, read back through the page's own "Copy text" button. */
async function editorText(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText("\u0000"));
  await page.getByRole("button", { name: "Copy text" }).click();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe("\u0000");
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The findings list as shown, in the page's order. */
function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.locator("li.finding").evaluateAll((items) =>
    items.map((li) => {
      const [line, column] = li.querySelector(".finding-where")!.textContent!.replace("Line ", "").split(":").map(Number);
      return { rule: li.getAttribute("data-rule-id")!, line: line!, column: column!, message: li.querySelector(".finding-message")!.textContent! };
    }),
  );
}

function byPosition(findings: readonly ShownFinding[]): ShownFinding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}

/** What the CLI's engine reports for a text with the recommended rules. */
function engineFindings(text: string): ShownFinding[] {
  const { messages } = lintSource(text, { rules: recommended, filePath: "posting.txt" });
  return byPosition(messages.map((m) => ({ rule: m.ruleId!, line: m.line, column: m.column, message: m.message })));
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("web playground", () => {
  it("shows the ATS example's findings, fixes them all, and a reload from the link brings back the same state", async () => {
    const page = await openPlayground();
    await paste(page, example);

    const contradiction = page.locator('li.finding[data-rule-id="experience-contradiction"][data-line="21"]');
    await eventually(() => contradiction.count()).toBe(1);
    // The page shows exactly what the command line's engine finds, no more and no less.
    await eventually(async () => byPosition(await shownFindings(page))).toEqual(engineFindings(example));
    const tabFindings = await page.locator('li.finding[data-rule-id="no-stray-tabs"]').count();
    expect(tabFindings).toBe(engineFindings(example).filter((f) => f.rule === "no-stray-tabs").length);
    expect(tabFindings).toBeGreaterThan(20);
    await eventually(() => page.locator("#status").textContent()).toMatch(/^\d+ findings: 4 errors, \d+ warnings\.$/);
    await eventually(() => page.locator('.score[data-category="consistency"] .score-detail').textContent()).toBe("4 errors");

    // Underlined in place; hovering shows the message and the rule's documentation link.
    await contradiction.locator(".finding-jump").click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("2+ years");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).toBe(true);
    const underline = page.locator(".cm-lintRange-error", { hasText: "2+ years" }).first();
    await underline.hover();
    const tooltip = page.locator(".cm-tooltip-lint");
    await eventually(() => tooltip.textContent()).toContain("2+ years of software engineering here, 10+ at line 4");
    expect(await tooltip.locator("a").getAttribute("href")).toMatch(/\/docs\/rules\/experience-contradiction\.md$/);

    await page.getByRole("button", { name: /^Fix all/ }).click();
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"]').count()).toBe(0);
    const fixed = await editorText(page);
    expect(fixed).not.toContain("\t");
    expect(fixed).toBe(lintSource(example, { rules: recommended, filePath: "posting.txt", fix: true }).output);
    expect(await page.locator('li.finding[data-rule-id="experience-contradiction"]').count()).toBe(4);

    // Undo brings the tabs back in one step, Redo takes them away again.
    await page.getByRole("button", { name: "Undo" }).click();
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"]').count()).toBe(tabFindings);
    expect(await editorText(page)).toBe(example);
    await page.getByRole("button", { name: "Redo" }).click();
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"]').count()).toBe(0);

    // A setting travels with the link too.
    await page.locator("#settings-details > summary").click();
    await page.getByLabel("required-sections").selectOption("off");
    await eventually(() => page.locator('li.finding[data-rule-id="required-sections"]').count()).toBe(0);
    const before = await shownFindings(page);

    await page.getByRole("button", { name: "Copy link" }).click();
    await eventually(() => page.locator("#status").textContent()).toContain("Copied the link");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(new URL(link).hash).toMatch(/^#v1\./);

    await page.reload();
    await page.locator(".rule-setting").first().waitFor({ state: "attached" });
    await eventually(() => shownFindings(page)).toEqual(before);
    expect(await editorText(page)).toBe(fixed);
    expect(await page.locator("#severity-required-sections").inputValue()).toBe("off");
    // Opening a link is not an edit: there is nothing to undo.
    expect(await page.getByRole("button", { name: "Undo" }).getAttribute("aria-disabled")).toBe("true");
    await page.close();
  });

  it("applies one fix and one suggestion from the list", async () => {
    const page = await openPlayground();
    await paste(page, example);
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"][data-line="2"]').count()).toBe(1);

    await page.locator('li.finding[data-rule-id="no-stray-tabs"][data-line="2"]').getByRole("button", { name: "Apply fix" }).click();
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"][data-line="2"]').count()).toBe(0);
    const lines = example.split("\n");
    lines[1] = lines[1]!.replace(/^\t+/, "");
    expect(await editorText(page)).toBe(lines.join("\n"));

    // Line 20 repeats line 3; the suggestion removes it.
    await page.locator('li.finding[data-rule-id="no-duplicate-lines"][data-line="20"]').getByRole("button", { name: "Suggestion: Remove this duplicate" }).click();
    await eventually(async () => (await editorText(page)).split("\n").length).toBe(lines.length - 1);
    const after = (await editorText(page)).split("\n");
    expect(after[19]).toBe(lines[20]);
    await page.close();
  });

  it("exports the settings as a .jobpostlintrc.json that gives the command line the page's findings", async () => {
    const page = await openPlayground();
    await paste(page, example);
    await page.locator("#settings-details > summary").click();
    await page.getByLabel("no-stray-tabs").selectOption("off");
    const payRule = page.locator('.rule-setting[data-rule-id="pay-transparency"]');
    await payRule.locator("summary").click();
    await payRule.getByLabel("us-co").check();
    await payRule.getByLabel("requireRange").selectOption({ label: "No" });
    await eventually(() => page.locator('li.finding[data-rule-id="no-stray-tabs"]').count()).toBe(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export .jobpostlintrc.json" }).click();
    const file = await download;
    // Chromium drops a download's leading dot; the status line says to put it back.
    expect(file.suggestedFilename()).toMatch(/^\.?jobpostlintrc\.json$/);
    const exported = readFileSync((await file.path())!, "utf8");
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.getByRole("button", { name: "Copy configuration" }).click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(exported);
    const config = JSON.parse(exported);
    expect(config.extends).toEqual(["jobpostlint:recommended"]);
    expect(config.rules).toEqual({ "no-stray-tabs": "off", "pay-transparency": ["warn", { jurisdiction: ["us-co"], requireRange: false }] });

    const folder = mkdtempSync(join(tmpdir(), "jobpostlint-playground-"));
    try {
      writeFileSync(join(folder, ".jobpostlintrc.json"), JSON.stringify(config));
      writeFileSync(join(folder, "posting.txt"), await editorText(page));
      const [result] = await lintFiles(["posting.txt"], { cwd: folder, configFile: join(folder, ".jobpostlintrc.json") });
      const cli = byPosition(result!.messages.map((m) => ({ rule: m.ruleId!, line: m.line, column: m.column, message: m.message })));
      await eventually(async () => byPosition(await shownFindings(page))).toEqual(cli);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await page.close();
  });

  it("opens and drops files, downloads the text, detects the format and lets the reader override it", async () => {
    const page = await openPlayground();
    const markdown = "# Data engineer\n\n## Requirements\n\n- 10+ years of experience in Python.\n- 2+ years of experience in Python.\n";
    await page.locator("#file-input").setInputFiles({ name: "posting.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
    await eventually(() => page.locator("#format").inputValue()).toBe("markdown");
    await eventually(() => page.locator('li.finding[data-rule-id="experience-contradiction"][data-line="6"]').count()).toBe(1);
    expect(await editorText(page)).toBe(markdown);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("posting.md");
    expect(readFileSync((await saved.path())!, "utf8")).toBe(markdown);

    // "Detect" reads the same text as Markdown from its content.
    await page.locator("#format").selectOption("auto");
    await eventually(() => page.locator("#format option[value=auto]").textContent()).toBe("Detect (Markdown)");
    await page.getByRole("button", { name: "Load example" }).click();
    await eventually(() => page.locator("#format option[value=auto]").textContent()).toBe("Detect (plain text)");

    // A file dropped on the editor replaces the text, and its extension picks the format.
    const dropped = "# Requirements\n\n10+ years of experience in Go.\n2+ years of experience in Go.\n";
    await page.locator(".cm-content").evaluate((editor, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.txt", { type: "text/plain" }));
      editor.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, dropped);
    await eventually(() => page.locator("#format").inputValue()).toBe("text");
    await eventually(() => page.locator('li.finding[data-rule-id="experience-contradiction"][data-line="4"]').count()).toBe(1);
    expect(await editorText(page)).toBe(dropped);
    // Read as plain text, "# Requirements" is no heading: the requirements section is missing.
    expect(await page.locator('li.finding[data-rule-id="required-sections"]', { hasText: "No requirements" }).count()).toBe(1);
    await page.close();
  });

  it("stays usable on a 50 KB posting", async () => {
    const page = await openPlayground();
    let big = "";
    while (big.length < 50_000) big += example + "\n";
    await page.locator("#file-input").setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(big) });
    await eventually(() => page.locator("#status").textContent()).toMatch(/^\d+ findings/);
    // Typing goes on while it lints; the findings then follow the last keystroke.
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("TITLE LINE\n");
    await eventually(async () => byPosition(await shownFindings(page))).toEqual(engineFindings("TITLE LINE\n" + big));
    await page.close();
  });

  it("works from the keyboard alone", async () => {
    const page = await openPlayground();
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      return e?.classList.contains("cm-content") ? "editor" : (e?.id || e?.className || e?.tagName || "");
    });
    const visited: string[] = [];
    for (let i = 0; i < 20 && visited.at(-1) !== "editor"; i++) {
      await page.keyboard.press("Tab");
      visited.push(await focused());
    }
    // The skip link first, then the toolbar in reading order, then the editor.
    expect(visited).toEqual(["skip-link", "open-file", "load-example", "format", "fix-all", "undo", "redo", "copy-text", "download", "copy-link", "editor"]);

    await page.keyboard.type("Requirements\n10+ years of experience in Python.\n2+ years of experience in Python.\n");
    await eventually(() => page.locator('li.finding[data-rule-id="experience-contradiction"][data-line="3"]').count()).toBe(1);

    // Tab leaves the editor (no trap) and reaches the findings; Enter jumps to one.
    await page.keyboard.press("Tab");
    expect(await focused()).not.toBe("editor");
    for (let i = 0; i < 10 && (await focused()) !== "finding-jump"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("finding-jump");
    const target = await page.evaluate(() => document.activeElement!.closest("li")!.getAttribute("data-rule-id"));
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("editor");
    expect(await page.evaluate(() => window.getSelection()?.toString().length)).toBeGreaterThan(0);
    expect(target).toBeTruthy();
    await page.close();
  });

  it("passes axe-core with no serious or critical violations, empty and with every control shown", async () => {
    const page = await openPlayground();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Load example" }).click();
    await eventually(() => page.locator('li.finding[data-rule-id="experience-contradiction"]').count()).toBe(4);
    await page.locator("#settings-details > summary").click();
    for (const summary of await page.locator(".rule-options > summary").all()) await summary.click();
    await page.locator(".cm-lintRange-error").first().hover();
    await page.locator(".cm-tooltip-lint").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
