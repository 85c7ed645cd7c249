import { resolve as resolveModule } from "import-meta-resolve";
import { basename, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule } from "../engine/rule.js";
import { ConfigFileError, type ConfigObject } from "./types.js";
import { importModule } from "../io/import-module.js";
import { describeModuleError } from "../io/module-error.js";

/** What a plugin package exports (its default export): rules, and optionally presets. */
export interface Plugin {
  meta?: { name?: string; namespace?: string; version?: string };
  rules: Record<string, Rule<any>>;
  configs?: Record<string, ConfigObject>;
}

export interface LoadedPlugin {
  namespace: string;
  plugin: Plugin;
  url: string;
}

const PREFIX = "jobpostlint-plugin";

/** Package names to try, in order: `foo` -> `jobpostlint-plugin-foo`, then `foo` itself. */
export function pluginCandidates(name: string): string[] {
  if (isPath(name)) return [name];
  if (name.startsWith("@")) {
    const [scope, rest] = name.split("/", 2) as [string, string | undefined];
    if (!rest) return [`${scope}/${PREFIX}`];
    if (rest.startsWith(PREFIX)) return [name];
    return [`${scope}/${PREFIX}-${rest}`, name];
  }
  if (name.startsWith(`${PREFIX}-`)) return [name];
  return [`${PREFIX}-${name}`, name];
}

/** The prefix its rules run under: `jobpostlint-plugin-foo` -> `foo`, `@acme/jobpostlint-plugin` -> `@acme`. */
export function pluginNamespace(packageName: string): string {
  if (packageName.startsWith("@")) {
    const [scope, rest = ""] = packageName.split("/", 2) as [string, string | undefined];
    if (rest === PREFIX) return scope;
    if (rest.startsWith(`${PREFIX}-`)) return `${scope}/${rest.slice(PREFIX.length + 1)}`;
    return packageName;
  }
  return packageName.startsWith(`${PREFIX}-`) ? packageName.slice(PREFIX.length + 1) : packageName;
}

function isPath(name: string): boolean {
  return name.startsWith(".") || isAbsolute(name);
}

const cache = new Map<string, Promise<Plugin>>();

/**
 * Resolves a plugin from the config file's folder (honouring package `exports`,
 * which Node 20's import.meta.resolve cannot do from another folder) and loads it.
 */
export async function loadPlugin(name: string, fromDir: string, source: string, namespace?: string): Promise<LoadedPlugin> {
  const parent = pathToFileURL(resolve(fromDir) + "/").href;
  let url: string | undefined;
  let resolvedName = name;
  for (const candidate of pluginCandidates(name)) {
    try {
      url = isPath(candidate) ? pathToFileURL(resolve(fromDir, candidate)).href : resolveModule(candidate, parent);
      resolvedName = candidate;
      break;
    } catch {
      // try the next candidate
    }
  }
  if (!url) throw new ConfigFileError(`${source}: plugin '${name}' not found (tried ${pluginCandidates(name).join(", ")} from ${fromDir})`);
  let pending = cache.get(url);
  if (!pending) {
    pending = importPlugin(url);
    cache.set(url, pending);
  }
  let plugin: Plugin;
  try {
    plugin = await pending;
  } catch (error) {
    throw new ConfigFileError(`${source}: plugin '${name}' failed to load: ${describeModuleError(url, error)}`);
  }
  const ns = namespace ?? (isPath(name) ? plugin.meta?.namespace ?? pluginNamespace(plugin.meta?.name ?? basename(name).replace(/\.[cm]?js$/, "")) : pluginNamespace(resolvedName));
  return { namespace: ns, plugin, url };
}

async function importPlugin(url: string): Promise<Plugin> {
  const mod = await importModule<{ default?: unknown }>(url);
  const plugin = (mod.default ?? mod) as Plugin;
  if (!plugin || typeof plugin !== "object" || typeof plugin.rules !== "object" || plugin.rules === null) {
    throw new Error("its default export has no 'rules' object");
  }
  for (const [id, rule] of Object.entries(plugin.rules)) {
    if (!rule || typeof rule.create !== "function" || typeof rule.meta !== "object" || rule.meta === null) throw new Error(`rule '${id}' has no meta and create()`);
    const { recommended } = rule.meta as { recommended?: unknown };
    if (recommended !== "error" && recommended !== "warn" && recommended !== "off") {
      throw new Error(`rule '${id}' has no meta.recommended ("error", "warn" or "off"), its severity in a preset`);
    }
  }
  return plugin;
}
