import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** Standard input without a name is reported as `<stdin>`: not a path. */
function isPseudoPath(filePath: string): boolean {
  return filePath.startsWith("<");
}

/** The path relative to `cwd` (native separators), or undefined when the file lies outside `cwd` or is not a path. */
function relativeInside(filePath: string, cwd: string): string | undefined {
  if (isPseudoPath(filePath)) return undefined;
  const rel = relative(cwd, resolve(cwd, filePath));
  if (!rel || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

/** The path relative to `cwd` with `/` separators (as GitHub and URIs want), or undefined outside `cwd`. */
export function relativePosixPath(filePath: string, cwd: string): string | undefined {
  return relativeInside(filePath, cwd)?.split(sep).join("/");
}

/** How a human-readable report names a file: relative to `cwd` when inside it, else as given. */
export function displayPath(filePath: string, cwd: string): string {
  return relativeInside(filePath, cwd) ?? filePath;
}

/**
 * A URI reference for a file: relative to `cwd` with each segment
 * percent-encoded (so a space, `#`, `%` or `?` stays part of the path and a `:`
 * cannot read as a scheme) when inside it, else an absolute `file:` URI.
 */
export function fileUri(filePath: string, cwd: string): string {
  const rel = relativePosixPath(filePath, cwd);
  if (rel !== undefined) return rel.split("/").map(encodeURIComponent).join("/");
  if (isPseudoPath(filePath)) return encodeURIComponent(filePath);
  return pathToFileURL(resolve(cwd, filePath)).href;
}
