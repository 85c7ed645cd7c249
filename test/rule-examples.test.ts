import { builtinRules } from "../rules/index.js";
import { runRuleExamples } from "./helpers/run-examples.js";

for (const rule of builtinRules) runRuleExamples(rule);
