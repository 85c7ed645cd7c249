import { readFileSync } from "node:fs";
import { lstat } from "node:fs/promises";
import { decode, DecodeError, type Encoding } from "./decode.js";

export interface SourceFile {
  path: string;
  /** The decoded text, BOM included when the file has one. */
  text: string;
  encoding: Encoding;
  /** The bytes as read, to tell whether the file changed on disk before a fix is written. */
  bytes: Uint8Array;
}

/** A file that cannot be linted; the message is one line naming the file and the cause. */
export class InputError extends Error {}

/**
 * Reads and decodes a posting. Synchronous underneath: for files of a few KB a
 * blocking read costs a tenth of a promise round trip through the thread pool,
 * and the CLI has nothing else to do meanwhile (ESLint reads the same way).
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw new InputError(`${path}: is a directory, not a file`);
    throw new InputError(`${path}: ${await describeMissing(path, error)}`);
  }
  try {
    return { path, ...decode(bytes), bytes };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function readStdin(stream: NodeJS.ReadableStream, name: string): Promise<SourceFile> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  try {
    return { path: name, ...decode(bytes), bytes };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

/** A dangling symbolic link says so, rather than "no such file". */
export async function describeMissing(path: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException)?.code === "ENOENT") {
    const link = await lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink()) return "broken symbolic link (its target does not exist)";
  }
  return describeFsError(error);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
