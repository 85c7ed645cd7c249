import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { FIX_ALL_KIND, fixAllAction, quickFixes, wantsKind } from "./code-actions.js";
import { Debouncer } from "./debounce.js";
import { problemDiagnostic, toDiagnostic } from "./diagnostics.js";
import { docsUrl, lintDocument, parseDocument } from "./document-lint.js";
import { DEFAULT_OPTIONS, readOptions, type ServerOptions } from "./options.js";
import { WATCH_GLOB, Workspace } from "./workspace.js";

/**
 * Starts the language server on stdin/stdout. It never resolves: the process
 * ends on the client's `exit` notification or when stdin closes.
 */
export function startServer(): Promise<never> {
  // stdout carries the protocol: anything a plugin logs must go to stderr, which clients show as the server's log.
  console.log = console.info = console.debug = console.warn = console.error;
  const connection = createConnection(process.stdin, process.stdout);
  new LanguageServer(connection).listen();
  return new Promise<never>(() => {});
}

class LanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private options: ServerOptions = DEFAULT_OPTIONS;
  private workspace = new Workspace([process.cwd()]);
  private readonly debouncer = new Debouncer(() => this.options.debounceMs);
  private canWatch = false;
  private readonly seen = new Set<string>();

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.watchConfigFiles());
    // TextDocuments reports an open as a change too: a document just opened is linted at once, a changed one after a pause.
    documents.onDidChangeContent(({ document }) => {
      if (this.seen.has(document.uri)) this.debouncer.schedule(document.uri, () => this.lint(document));
      else {
        this.seen.add(document.uri);
        this.lint(document);
      }
    });
    documents.onDidClose(({ document }) => {
      this.seen.delete(document.uri);
      this.debouncer.cancel(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => c.uri.startsWith("file:") && Workspace.isConfigFile(fileURLToPath(c.uri)))) this.reload();
    });
    connection.onDidChangeConfiguration(({ settings }) => {
      this.options = readOptions((settings as Record<string, unknown> | null)?.jobpostlint, this.options);
      this.reload();
    });
    connection.onCodeAction(async ({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      return document ? this.codeActions(document, context.diagnostics, context.only) : [];
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.options = readOptions(params.initializationOptions, DEFAULT_OPTIONS);
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders.push(params.rootUri);
    const paths = folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    if (paths.length > 0) this.workspace = new Workspace(paths);
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: "jobpostlint" },
    };
  }

  /** Asks the client to report changes to configuration and ignore files, when it can watch files for a server. */
  private watchConfigFiles(): void {
    if (!this.canWatch) return;
    this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCH_GLOB }] }).catch(this.logError);
  }

  /** Configuration may have changed anywhere: start from fresh caches and lint every open document again. */
  private reload(): void {
    this.workspace.reload();
    for (const document of this.documents.all()) {
      this.debouncer.cancel(document.uri);
      this.lint(document);
    }
  }

  /** Linting runs detached from the notification that caused it, so a failure is logged rather than left unhandled. */
  private lint(document: TextDocument): void {
    this.publish(document).catch(this.logError);
  }

  private readonly logError = (error: unknown): void => {
    this.connection.console.error(`jobpostlint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  private async publish(document: TextDocument): Promise<void> {
    const linted = await lintDocument(document, this.workspace);
    // Configuration loads asynchronously: meanwhile the document may have changed (a newer lint is scheduled) or closed.
    if (this.documents.get(document.uri) !== document || document.version !== linted.version) return;
    let diagnostics: Diagnostic[];
    if (linted.kind === "ignored") diagnostics = [];
    else if (linted.kind === "problem") diagnostics = [problemDiagnostic(document, linted.message)];
    else {
      const { rules } = linted.config;
      const link = (ruleId: string) => docsUrl(ruleId, rules, this.options.docsBaseUrl);
      diagnostics = linted.result.messages.map((m) => toDiagnostic(document, m, link));
    }
    await this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  private async codeActions(document: TextDocument, diagnostics: Diagnostic[], only: string[] | undefined): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    if (wantsKind(only, CodeActionKind.QuickFix)) {
      actions.push(...quickFixes(document, diagnostics, () => parseDocument(document, this.workspace)));
    }
    // Only on request: clients ask for code actions at every cursor move, and fixing runs up to ten lint passes.
    if (only && wantsKind(only, FIX_ALL_KIND)) {
      const fixed = await lintDocument(document, this.workspace, true);
      const current = fixed.kind === "linted" && fixed.version === document.version;
      const action = current && fixed.result.output !== undefined ? fixAllAction(document, fixed.result.output) : undefined;
      if (action) actions.push(action);
    }
    return actions;
  }
}
