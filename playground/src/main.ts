import "./style.css";
import { redo, redoDepth, undo, undoDepth } from "@codemirror/commands";
import { setDiagnostics } from "@codemirror/lint";
import { EditorView } from "@codemirror/view";
import exampleText from "../../examples/ats-posting.txt?raw";
import type { RulesConfig } from "../../src/engine/rules-config.js";
import { toDiagnostics } from "./diagnostics.js";
import { byId, count } from "./dom.js";
import { createEditor, replaceText, selectRange } from "./editor.js";
import { copyToClipboard, downloadText, formatOfFileName } from "./file-io.js";
import { FindingsBook } from "./findings-book.js";
import { renderFindings } from "./findings-panel.js";
import { LintClient } from "./lint-client.js";
import { LintScheduler } from "./lint-scheduler.js";
import type { Edit, FormatChoice, LintResponse, RuleInfo } from "./protocol.js";
import { scoreCategories } from "./scores.js";
import { renderSettings, type SettingsView } from "./settings-panel.js";
import { configFileText, rulesOn } from "./settings.js";
import { decodeState, encodeState, type PageState } from "./share-state.js";
import { renderScores, SCORE_RULE } from "./summary-panel.js";

/** The pause after the last keystroke before linting. */
const LINT_DELAY_MS = 250;
/** The pause before the link in the address bar follows the text. */
const HASH_DELAY_MS = 500;

const client = new LintClient();
const book = new FindingsBook();
let catalogue: readonly RuleInfo[] = [];
let settings: SettingsView | undefined;
let format: FormatChoice = "auto";
let rules: RulesConfig = {};
let fileName: string | undefined;
let detectedFormat: "markdown" | "text" = "text";
/** Where to put the focus back in the findings list once a fix from it is linted. */
let refocusFinding: number | undefined;

const status = byId<HTMLParagraphElement>("status");
const findingsBox = byId<HTMLDivElement>("findings");
const formatSelect = byId<HTMLSelectElement>("format");
const fixAllButton = byId<HTMLButtonElement>("fix-all");
const undoButton = byId<HTMLButtonElement>("undo");
const redoButton = byId<HTMLButtonElement>("redo");
const fileInput = byId<HTMLInputElement>("file-input");

const view = createEditor(
  byId("editor"),
  (update) => {
    book.record(update.changes);
    scheduler.changed();
    scheduleHashWrite();
  },
  [
    EditorView.updateListener.of(() => updateHistoryButtons()),
    EditorView.domEventHandlers({
      drop(event) {
        const file = event.dataTransfer?.files[0];
        if (!file) return false;
        event.preventDefault();
        void loadFile(file);
        return true;
      },
    }),
  ],
);

const scheduler = new LintScheduler<LintResponse>(
  LINT_DELAY_MS,
  () => client.lint({ text: view.state.doc.toString(), format, rules, fix: false }),
  (result) => show(result),
  (error) => say(`Checking failed: ${error.message}`),
);

function say(message: string): void {
  status.textContent = message;
}

/** Shows a lint result of the text as it is now. */
function show(result: LintResponse): void {
  book.accept(result.findings, view.state.doc.length);
  view.dispatch(setDiagnostics(view.state, toDiagnostics(result.findings, (edit) => applyEdit(edit))));
  detectedFormat = result.format;
  formatSelect.options[0]!.textContent = `Detect (${detectedFormat === "markdown" ? "Markdown" : "plain text"})`;
  const empty = view.state.doc.length === 0;
  renderFindings(findingsBox, result.findings, empty, { jump: (f) => selectRange(view, f.from, f.to), apply: applyEdit }, refocusFinding);
  refocusFinding = undefined;
  renderScores(byId("scores"), scoreCategories(result.findings, rulesOn(catalogue, rules), catalogue));
  settings?.showErrors(result.settingErrors);
  const fixable = result.findings.filter((f) => f.fix).length;
  byId("fix-all-count").textContent = fixable ? ` (${fixable})` : "";
  findingsBox.removeAttribute("aria-busy");
  say(empty ? "" : findingsSummary(result));
}

function findingsSummary(result: LintResponse): string {
  const errors = result.findings.filter((f) => f.severity === 2).length;
  const warnings = result.findings.length - errors;
  if (result.findings.length === 0) return "No findings.";
  return `${count(result.findings.length, "finding")}: ${count(errors, "error")}, ${count(warnings, "warning")}.`;
}

/** Applies one fix or suggestion; `fromList` is its place in the findings list, to come back to. */
function applyEdit(edit: Edit, fromList?: number): void {
  const change = book.map(edit);
  if (!change) {
    say("The text there changed since it was checked; try again once the findings update.");
    return;
  }
  view.dispatch({ changes: change, userEvent: "input.fix" });
  refocusFinding = fromList;
  scheduler.changed(true);
}

async function fixAll(): Promise<void> {
  const before = view.state.doc.toString();
  const revision = scheduler.revision;
  say("Fixing…");
  let result: LintResponse;
  try {
    result = await client.lint({ text: before, format, rules, fix: true });
  } catch (error) {
    say(`Fixing failed: ${(error as Error).message}`);
    return;
  }
  if (revision !== scheduler.revision) {
    say("The text changed while fixing; press Fix all again.");
    return;
  }
  if (result.output === undefined || result.output === before) {
    say("Nothing to fix automatically: the findings left need a person.");
    return;
  }
  replaceText(view, result.output, "input.fix");
  // The fixed text's findings came with the fixes: no need to lint it again.
  scheduler.settled();
  show(result);
  say(`Fixed what could be fixed; ${findingsSummary(result)}${result.fixWarning ? ` ${result.fixWarning}` : ""}`);
}

/**
 * aria-disabled rather than disabled: a disabled button drops the focus of
 * whoever just pressed it, and leaves the tab order under a keyboard user.
 */
function updateHistoryButtons(): void {
  undoButton.setAttribute("aria-disabled", String(undoDepth(view.state) === 0));
  redoButton.setAttribute("aria-disabled", String(redoDepth(view.state) === 0));
}

async function loadFile(file: File): Promise<void> {
  const text = await file.text();
  fileName = file.name;
  setFormat(formatOfFileName(file.name));
  replaceText(view, text, "input.drop");
  say(`Opened ${file.name}.`);
}

function setFormat(choice: FormatChoice): void {
  format = choice;
  formatSelect.value = choice;
}

/** The file name for Download: the opened file's, else one that matches the format. */
function downloadName(): string {
  if (fileName) return fileName;
  const resolved = format === "auto" ? detectedFormat : format;
  return resolved === "markdown" ? "posting.md" : "posting.txt";
}

function setRules(next: RulesConfig): void {
  rules = next;
  scheduler.changed(true);
  scheduleHashWrite();
}

function renderRuleSettings(): void {
  settings = renderSettings(byId("settings"), catalogue, rules, setRules);
}

// The link: text and settings, compressed into the hash, so a copied address reproduces the page.
let hashTimer: ReturnType<typeof setTimeout> | undefined;
let ownHash = "";

function pageState(): PageState {
  return { text: view.state.doc.toString(), format, rules };
}

function scheduleHashWrite(): void {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => void writeHash(), HASH_DELAY_MS);
}

let hashWrites = 0;

async function writeHash(): Promise<void> {
  clearTimeout(hashTimer);
  const write = ++hashWrites;
  const state = pageState();
  const blank = state.text === "" && state.format === "auto" && Object.keys(state.rules).length === 0;
  const hash = blank ? "" : `#${await encodeState(state)}`;
  // Compressing takes a moment: a newer write that started meanwhile has the newer state.
  if (write !== hashWrites) return;
  ownHash = hash;
  // replaceState: typing must not fill the back button's history.
  if (location.hash !== ownHash) history.replaceState(null, "", ownHash || location.pathname + location.search);
}

async function readHash(): Promise<boolean> {
  const state = await decodeState(location.hash);
  if (!state) return false;
  ownHash = location.hash;
  setFormat(state.format);
  rules = state.rules;
  replaceText(view, state.text, "input.link", false);
  return true;
}

window.addEventListener("hashchange", () => {
  if (location.hash === ownHash) return;
  void readHash().then((loaded) => {
    if (!loaded) return;
    renderRuleSettings();
    scheduler.changed(true);
    say("Loaded the posting and settings from the link.");
  });
});

// The skip link goes to the editor itself; following its #anchor would replace the link's state in the address bar.
byId("skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  view.focus();
});

// The toolbar.
byId("open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
  fileInput.value = "";
});
byId("load-example").addEventListener("click", () => {
  fileName = undefined;
  setFormat("auto");
  replaceText(view, exampleText, "input.example");
  say("Loaded the example: a posting pasted out of an applicant tracking system.");
});
formatSelect.addEventListener("change", () => {
  format = formatSelect.value as FormatChoice;
  scheduler.changed(true);
  scheduleHashWrite();
});
fixAllButton.addEventListener("click", () => void fixAll());
undoButton.addEventListener("click", () => undo(view) || say("Nothing to undo."));
redoButton.addEventListener("click", () => redo(view) || say("Nothing to redo."));
byId("copy-text").addEventListener("click", async () => {
  say((await copyToClipboard(view.state.doc.toString())) ? "Copied the text." : "Could not copy: select the text and press Ctrl+C.");
});
byId("download").addEventListener("click", () => {
  const name = downloadName();
  downloadText(view.state.doc.toString(), name, name.endsWith(".md") ? "text/markdown" : "text/plain");
  say(`Downloaded ${name}.`);
});
byId("copy-link").addEventListener("click", async () => {
  await writeHash();
  say((await copyToClipboard(location.href)) ? "Copied the link: it opens this text with these settings." : "Could not copy: copy the address from the address bar.");
});
byId("export-config").addEventListener("click", () => {
  downloadText(configFileText(rules), ".jobpostlintrc.json", "application/json");
  say("Downloaded the configuration: keep it in the project as .jobpostlintrc.json (browsers may drop the leading dot).");
});
byId("copy-config").addEventListener("click", async () => {
  say((await copyToClipboard(configFileText(rules))) ? "Copied the configuration: paste it into .jobpostlintrc.json." : "Could not copy the configuration.");
});
byId("reset-rules").addEventListener("click", () => {
  setRules({});
  renderRuleSettings();
  say("Rules reset to the recommended set.");
});

byId("score-rule").textContent = SCORE_RULE;
updateHistoryButtons();
findingsBox.setAttribute("aria-busy", "true");
const fromLink = await readHash();
try {
  catalogue = await client.catalogue;
  renderRuleSettings();
  scheduler.changed(true);
  if (fromLink) say("Loaded the posting and settings from the link.");
} catch (error) {
  say(`The checker could not start: ${(error as Error).message}`);
}
