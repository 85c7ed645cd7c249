import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { InputError } from "./read.js";

/** Writes a report for `--output-file`, creating its folders; a failure is one line naming the file. */
export async function writeReportFile(path: string, report: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, report && !report.endsWith("\n") ? report + "\n" : report);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new InputError(`${path}: cannot write the report (${code ?? message})`);
  }
}
