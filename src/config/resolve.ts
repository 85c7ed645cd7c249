import { dirname, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ActiveRule } from "../engine/lint.js";
import { severityLevel, type Rule, type RuleMeta } from "../engine/rule.js";
import { resolveRules, type RulesConfig } from "../engine/rules-config.js";
import { ConfigFinder, isProjectRoot, type FoundConfig } from "./discover.js";
import { ConfigFileError, type ConfigLayer, type ConfigObject } from "./types.js";
import { checkConfigShape, unknownRuleMessage } from "./validate.js";

export interface ResolverOptions {
  cwd: string;
  builtinRules: readonly Rule<any>[];
  /** Use this file alone, with no lookup. */
  configFile?: string;
  /** Look for configuration files next to the linted files (default true). */
  lookup?: boolean;
  /** `--rule` flags: applied last. */
  overrides?: RulesConfig;
}

/** A plugin rule as a worker thread finds it: the plugin module's URL and the rule's name in its `rules`. */
export interface PluginRuleSource {
  url: string;
  name: string;
}

export interface FileConfig {
  rules: ActiveRule[];
  settings: Record<string, unknown>;
  /** Matched an `ignores` glob of a configuration. */
  ignored: boolean;
  format?: string;
  /** The configuration files that apply, outermost first. */
  sources: string[];
}

/**
 * The configuration cascade: for each linted file, the configuration files
 * from its folder up to the project root (or a `root: true` one), each merged
 * over its parent's, with `extends` expanded before the file that names it and
 * matching `overrides` after it. Results are cached per folder.
 */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly registry = new Map<string, Rule<any>>();
  /** Where each plugin rule comes from, so a worker thread can load it again. */
  private readonly pluginSources = new Map<string, PluginRuleSource>();
  private readonly chains = new Map<string, Promise<ConfigLayer[]>>();
  private readonly resolved = new Map<string, FileConfig>();
  private explicit: Promise<ConfigLayer[]> | undefined;

  constructor(private readonly options: ResolverOptions) {
    for (const rule of options.builtinRules) this.registry.set(rule.meta.id, rule);
  }

  async forFile(filePath: string): Promise<FileConfig> {
    const absolute = resolve(this.options.cwd, filePath);
    const layers = await this.layersFor(dirname(absolute));
    const rulesConfigs: { source: string; rules: RulesConfig }[] = [];
    const matched: string[] = [];
    let settings: Record<string, unknown> = {};
    let ignored = false;
    let format: string | undefined;
    for (const [i, layer] of layers.entries()) {
      const rel = relative(layer.dir, absolute).split(sep).join("/");
      const inside = !rel.startsWith("../");
      const { config } = layer;
      if (config.rules) rulesConfigs.push({ source: layer.source, rules: config.rules });
      if (config.settings) settings = { ...settings, ...config.settings };
      if (config.format) format = config.format;
      if (inside && config.ignores?.length && picomatch(config.ignores, { dot: true })(rel)) ignored = true;
      for (const [j, override] of (config.overrides ?? []).entries()) {
        if (!inside || !matches(override.files, rel) || (override.excludedFiles && matches(override.excludedFiles, rel))) continue;
        matched.push(`${i}.${j}`);
        if (override.rules) rulesConfigs.push({ source: `${layer.source} (overrides[${j}])`, rules: override.rules });
        if (override.settings) settings = { ...settings, ...override.settings };
      }
    }
    if (this.options.overrides) rulesConfigs.push({ source: "--rule", rules: this.options.overrides });
    const key = `${layers.map((l) => l.source).join("|")}#${matched.join(",")}#${ignored}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    for (const { source, rules } of rulesConfigs) await this.checkRules(source, rules);
    const result: FileConfig = {
      rules: resolveRules(this.registry, rulesConfigs.map((c) => c.rules)),
      settings,
      ignored,
      ...(format ? { format } : {}),
      sources: [...new Set(layers.map((l) => l.source))],
    };
    this.resolved.set(key, result);
    return result;
  }

  /** Every rule id known so far (built-in and from loaded plugins). */
  ruleIds(): string[] {
    return [...this.registry.keys()];
  }

  /** Every known rule's meta by the id its messages carry (a plugin's rules prefixed), for formatters. */
  /** The module and export name of a plugin rule; undefined for built-in rules. */
  pluginSource(ruleId: string): PluginRuleSource | undefined {
    return this.pluginSources.get(ruleId);
  }

  rulesMeta(): Record<string, RuleMeta> {
    return Object.fromEntries([...this.registry].map(([id, rule]) => [id, rule.meta]));
  }

  private layersFor(dir: string): Promise<ConfigLayer[]> {
    if (this.options.configFile) {
      this.explicit ??= this.finder.load(resolve(this.options.cwd, this.options.configFile)).then((found) => this.expand(found, new Set()));
      return this.explicit;
    }
    if (this.options.lookup === false) return Promise.resolve([]);
    let chain = this.chains.get(dir);
    if (!chain) {
      chain = this.chainFor(dir);
      this.chains.set(dir, chain);
    }
    return chain;
  }

  private async chainFor(dir: string): Promise<ConfigLayer[]> {
    const found = await this.finder.inDirectory(dir);
    const own = found ? await this.expand(found, new Set()) : [];
    const isRoot = own.some((l) => l.source === found?.filepath && l.config.root === true);
    if (isRoot || isProjectRoot(dir)) return own;
    return [...(await this.layersFor(dirname(dir))), ...own];
  }

  /** A configuration file as layers: what it extends (in order), then itself. Its plugins load first. */
  private async expand(found: FoundConfig, seen: Set<string>): Promise<ConfigLayer[]> {
    if (seen.has(found.filepath)) throw new ConfigFileError(`${found.filepath}: 'extends' goes round in a circle`);
    seen.add(found.filepath);
    const config = checkConfigShape(found.config, found.filepath);
    const dir = dirname(found.filepath);
    const namespaces = await this.loadPlugins(config, dir, found.filepath);
    const layers: ConfigLayer[] = [];
    for (const name of typeof config.extends === "string" ? [config.extends] : (config.extends ?? [])) {
      layers.push(...(await this.extendsLayers(name, dir, found.filepath, namespaces, seen)));
    }
    layers.push({ source: found.filepath, dir, config });
    return layers;
  }

  private async loadPlugins(config: ConfigObject, dir: string, source: string): Promise<Map<string, ConfigObject | undefined>> {
    const namespaces = new Map<string, ConfigObject | undefined>();
    const entries: [string | undefined, string][] = Array.isArray(config.plugins)
      ? config.plugins.map((p) => [undefined, p])
      : Object.entries(config.plugins ?? {}).map(([ns, p]) => [ns, p]);
    if (entries.length === 0) return namespaces;
    const { loadPlugin } = await import("./plugins.js");
    for (const [ns, name] of entries) {
      const loaded = await loadPlugin(name, dir, source, ns);
      for (const [id, rule] of Object.entries(loaded.plugin.rules)) {
        this.registry.set(`${loaded.namespace}/${id}`, rule);
        this.pluginSources.set(`${loaded.namespace}/${id}`, { url: loaded.url, name: id });
      }
      for (const [presetName, preset] of Object.entries(loaded.plugin.configs ?? {})) {
        namespaces.set(`${loaded.namespace}/${presetName}`, prefixPresetRules(preset, loaded.namespace));
      }
      namespaces.set(loaded.namespace, undefined);
    }
    return namespaces;
  }

  private async extendsLayers(name: string, dir: string, source: string, presets: Map<string, ConfigObject | undefined>, seen: Set<string>): Promise<ConfigLayer[]> {
    if (name === "jobpostlint:recommended") return [{ source: name, dir, config: { rules: this.presetRules("recommended") } }];
    if (name === "jobpostlint:all") return [{ source: name, dir, config: { rules: this.presetRules("all") } }];
    if (name.startsWith("plugin:")) {
      const preset = presets.get(name.slice("plugin:".length));
      if (!preset) throw new ConfigFileError(`${source}: no preset '${name}' (load the plugin in 'plugins' of the same file)`);
      return [{ source: `${source} (${name})`, dir, config: preset }];
    }
    let file: string;
    if (name.startsWith(".") || name.startsWith("/")) file = resolve(dir, name);
    else {
      try {
        const { resolve: resolveModule } = await import("import-meta-resolve");
        file = fileURLToPath(resolveModule(name, pathToFileURL(dir + "/").href));
      } catch {
        throw new ConfigFileError(`${source}: cannot find the shared configuration '${name}'`);
      }
    }
    return this.expand(await this.finder.load(file), seen);
  }

  private presetRules(which: "recommended" | "all"): RulesConfig {
    const rules: RulesConfig = {};
    for (const rule of this.options.builtinRules) {
      const level = severityLevel(rule.meta.recommended);
      rules[rule.meta.id] = which === "all" ? (Math.max(1, level) as 1 | 2) : rule.meta.recommended;
    }
    return rules;
  }

  /** Unknown ids, bad severities and options that fail the rule's schema, named with the file that says them. */
  private async checkRules(source: string, rules: RulesConfig): Promise<void> {
    for (const [id, entry] of Object.entries(rules)) {
      const rule = this.registry.get(id);
      if (!rule) throw new ConfigFileError(`${source}: ${unknownRuleMessage(id, this.ruleIds())}`);
      const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
      const fail = (what: string) => new ConfigFileError(`${source}: rule '${id}': ${what}`);
      try {
        severityLevel(severity);
      } catch (error) {
        throw fail((error as Error).message);
      }
      if (Array.isArray(entry) && entry.length > 2) throw fail(`takes [severity, options], not ${entry.length} entries`);
      if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) throw fail("options must be an object");
      if (options !== undefined) (await import("./rule-options.js")).validateRuleOptions(id, rule, { ...(rule.meta.defaultOptions ?? {}), ...options }, source);
    }
  }
}

function matches(globs: string | string[], rel: string): boolean {
  return picomatch(globs, { dot: true, matchBase: !String(globs).includes("/") })(rel);
}

/** A plugin preset may name its rules with or without the plugin's prefix. */
function prefixPresetRules(preset: ConfigObject, namespace: string): ConfigObject {
  if (!preset.rules) return preset;
  const rules: RulesConfig = {};
  for (const [id, entry] of Object.entries(preset.rules)) rules[id.includes("/") ? id : `${namespace}/${id}`] = entry;
  return { ...preset, rules };
}
