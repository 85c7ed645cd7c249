import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { lstat } from "node:fs/promises";
import { BINARY_SNIFF_BYTES, decode, DecodeError, refuseBinary, type Encoding } from "./decode.js";

export interface SourceFile {
  path: string;
  /** The decoded text, BOM included when the file has one. */
  text: string;
  encoding: Encoding;
  /** The bytes as read, to tell whether the file changed on disk before a fix is written. */
  bytes: Uint8Array;
  /** A regular file's size and modification time, taken before its bytes were read (what `--cache` keys on). */
  stat?: { size: number; mtimeMs: number };
}

/** A file that cannot be linted; the message is one line naming the file and the cause. */
export class InputError extends Error {}

/**
 * Reads and decodes a posting. Synchronous underneath: for files of a few KB a
 * blocking read costs a tenth of a promise round trip through the thread pool,
 * and the CLI has nothing else to do meanwhile (ESLint reads the same way).
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  let read: { bytes: Uint8Array; stat?: SourceFile["stat"] };
  try {
    read = readBytes(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw new InputError(`${path}: is a directory, not a file`);
    throw new InputError(`${path}: ${await describeMissing(path, error)}`);
  }
  return { ...decoded(path, read.bytes), ...(read.stat ? { stat: read.stat } : {}) };
}

export async function readStdin(stream: NodeJS.ReadableStream, name: string): Promise<SourceFile> {
  const input = new BoundedInput(name);
  for await (const chunk of stream) input.add(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return decoded(name, input.bytes());
}

/** Postings are kilobytes. Past this an input is no posting, and an endless one (`/dev/zero`) must not fill the memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * A regular file in one read, its size checked first; anything else (a device,
 * a pipe) read as a stream is, bounded. A file's stat is taken before the read:
 * a file edited meanwhile then looks changed to the next `--cache` run, rather
 * than its old findings being kept under its new time.
 */
function readBytes(path: string): { bytes: Uint8Array; stat?: SourceFile["stat"] } {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (info.isFile()) {
      if (info.size > MAX_INPUT_BYTES) throw tooLarge(path);
      return { bytes: readFileSync(fd), stat: { size: info.size, mtimeMs: info.mtimeMs } };
    }
    const input = new BoundedInput(path);
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk);
      if (n === 0) return { bytes: input.bytes() };
      input.add(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a stream as they come: refused as soon as its start shows binary data, or it outgrows MAX_INPUT_BYTES. */
class BoundedInput {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private sniffed = false;

  constructor(private readonly name: string) {}

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size > MAX_INPUT_BYTES) throw tooLarge(this.name);
    if (!this.sniffed && this.size >= BINARY_SNIFF_BYTES) {
      this.sniffed = true;
      try {
        refuseBinary(this.bytes());
      } catch (error) {
        throw asInputError(this.name, error);
      }
    }
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.size);
  }
}

function tooLarge(name: string): InputError {
  return new InputError(`${name}: more than ${MAX_INPUT_BYTES / 2 ** 20} MB, too large for a posting`);
}

function decoded(name: string, bytes: Uint8Array): SourceFile {
  try {
    return { path: name, ...decode(bytes), bytes };
  } catch (error) {
    throw asInputError(name, error);
  }
}

function asInputError(name: string, error: unknown): unknown {
  return error instanceof DecodeError ? new InputError(`${name}: ${error.message}`) : error;
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
