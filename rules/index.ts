import type { Rule } from "../src/engine/rule.js";
import noStrayTabs from "./no-stray-tabs.js";

/** Every built-in rule, in catalogue order. */
export const builtinRules: readonly Rule<any>[] = [noStrayTabs];
