/**
 * Loads a module by URL or package name at run time: plugins, custom
 * formatters, cosmiconfig. Every such load goes through this one function
 * because the bundled command line runs from a V8 code cache (see
 * src/launcher.ts), where a script has no `import()` of its own: the bundle
 * swaps this module for a real file on disk whose `import()` works.
 */
export function importModule<T = unknown>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
