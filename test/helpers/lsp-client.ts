import { spawn, type ChildProcess } from "node:child_process";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";

export interface StartOptions {
  /** The command after `node`: the built server and its arguments. */
  args: string[];
  cwd: string;
  rootUri?: string;
  initializationOptions?: unknown;
  /** Claim support for server-registered file watchers, as VS Code does. */
  watchFiles?: boolean;
}

/**
 * A minimal LSP client over the server's stdio, speaking the protocol as an
 * editor would: it keeps its own copy of each open document, applies the
 * edits of code actions to it and reports them back as changes.
 */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  initializeResult!: InitializeResult;
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters: (() => void)[] = [];
  private stderr = "";

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
  ) {}

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, options.args, { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    child.stderr!.on("data", (chunk: Buffer) => (client.stderr += chunk.toString()));
    child.on("exit", () => client.wake());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.published.push(params);
      client.wake();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.listen();
    client.initializeResult = await client.answered("initialize", connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watchFiles === true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      initializationOptions: options.initializationOptions,
    }));
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  async open(uri: string, text: string, languageId = "plaintext"): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends the changes (incremental or whole text) as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = TextDocument.update(this.doc(uri), changes, this.doc(uri).version + 1);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: changes });
    return document.version;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  }

  /** Applies a code action's edits to the client's copy and reports them, as an editor does; returns the new version. */
  async apply(action: CodeAction): Promise<number> {
    const changes = action.edit?.changes ?? {};
    const uris = Object.keys(changes);
    if (uris.length !== 1) throw new Error(`expected edits for one document, got ${uris.length}`);
    const uri = uris[0]!;
    const edits = changes[uri]!;
    if (edits.length === 1) return this.change(uri, [{ range: edits[0]!.range, text: edits[0]!.newText }]);
    return this.change(uri, [{ text: TextDocument.applyEdits(this.doc(uri), edits as TextEdit[]) }]);
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** How many diagnostics notifications have arrived: pass it to `diagnostics` to wait only for later ones. */
  mark(): number {
    return this.published.length;
  }

  /** The first diagnostics notification for `uri` (from index `since` on) that satisfies `test`. */
  async diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, since = 0, timeoutMs = 8_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(since).find((p) => p.uri === uri && test(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) {
        const got = this.published.map((p) => `${p.uri.split("/").pop()}@${p.version}: ${p.diagnostics.length}`).join(", ");
        throw new Error(`no matching diagnostics for ${uri} (server exit code ${this.child.exitCode}); got [${got}]; server stderr: ${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The protocol's orderly end; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    await this.answered("shutdown", this.connection.sendRequest(ShutdownRequest.type));
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** For cleanup after a failed test: no protocol, just stop the process. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }

  /** A request's answer, or an error naming the cause if the server exits or stays silent (a pending request would otherwise wait forever). */
  private answered<T>(what: string, request: Promise<T>, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`${what}: ${why}; server stderr: ${this.stderr}`));
      const timer = setTimeout(() => fail(`no answer in ${timeoutMs} ms`), timeoutMs);
      const onExit = (code: number | null) => fail(`server exited with ${code}`);
      this.child.once("exit", onExit);
      request.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.child.off("exit", onExit);
      });
    });
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  private doc(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }
}
