import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, chown, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { encode } from "./decode.js";
import { describeFsError, InputError, type SourceFile } from "./read.js";

/**
 * Writes fixed text back atomically: a temporary file in the same folder is
 * renamed over the target (the link's target, for a symlink), keeping the file
 * mode and owner. A rename makes a new file, though: a file with other hard
 * links, or one whose owner the temporary file cannot be given (someone else's,
 * in a shared folder), is written in place instead, as editors and ESLint do.
 * Nothing is written when the text did not change, and a file that changed
 * on disk since it was read, or that the user may not write, is left alone.
 */
export async function writeFixedFile(file: SourceFile, text: string): Promise<boolean> {
  const bytes = encode(text, file.encoding);
  if (sameBytes(bytes, file.bytes)) return false;
  try {
    const target = await realpath(file.path);
    const current = await readFile(target);
    if (!sameBytes(current, file.bytes)) throw new InputError(`${file.path}: changed on disk while it was being fixed; not overwritten`);
    // A file its owner made read-only stays as it is: the rename below would replace it all the same.
    await access(target, constants.W_OK);
    const { mode, uid, gid, nlink } = await stat(target);
    // A rename makes a new file: other hard links would keep the old text, and an owner the user may not give stays behind.
    if (nlink > 1 || !(await replaceByRename(target, bytes, mode, uid, gid))) await writeFile(target, bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file.path}: cannot write the fix: ${describeFsError(error)}`);
  }
  return true;
}

/**
 * Replaces the target with a temporary file in its folder, given its mode and
 * owner; false (and nothing written) when the owner cannot be given.
 */
async function replaceByRename(target: string, bytes: Uint8Array, mode: number, uid: number, gid: number): Promise<boolean> {
  // The name's start only: a long (legal) name plus the suffix would pass the 255-byte limit of a file name.
  const temp = join(dirname(target), `.${basename(target).slice(0, 80)}.${randomBytes(6).toString("hex")}.jobpostlint-tmp`);
  try {
    await writeFile(temp, bytes, { mode });
    await chmod(temp, mode);
    if (!(await takeOwner(temp, uid, gid))) {
      await unlink(temp);
      return false;
    }
    injectFault("before-rename");
    await rename(temp, target);
    return true;
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** Gives the temporary file the target's owner and group; false when the user may not (only root may give a file away). */
async function takeOwner(temp: string, uid: number, gid: number): Promise<boolean> {
  const mine = await stat(temp);
  if (mine.uid === uid && mine.gid === gid) return true;
  try {
    await chown(temp, uid, gid);
    return true;
  } catch {
    return false;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Tests prove that a crash between writing the temporary file and renaming it
 * leaves the original intact, by killing the process exactly there.
 */
function injectFault(point: string): void {
  if (process.env.JOBPOSTLINT_INJECT_FAULT === point) process.kill(process.pid, "SIGKILL");
}
