import type * as Sarif from "sarif";
import type { LintMessage } from "../engine/messages.js";
import type { RuleMeta } from "../engine/rule.js";
import { ruleDocsUrl, repositoryWebUrl } from "../docs/rule-url.js";
import { packageInfo } from "../package-info.js";
import { lineFingerprints } from "./fingerprint.js";
import { fileUri } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, a rule descriptor
 * for every rule that reported, each result with its full region (columns in
 * UTF-16 code units, end exclusive, as our messages are) and a line-content
 * fingerprint; messages that belong to no rule (a file that could not be
 * linted, an ignored file named on the command line) are the tool's own
 * notifications, not results.
 */
export const sarif: Formatter = (results, context) => {
  const descriptors: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (ruleId: string): number => {
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      index = descriptors.push(ruleDescriptor(ruleId, context.rulesMeta[ruleId])) - 1;
      ruleIndex.set(ruleId, index);
    }
    return index;
  };

  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    const uri = fileUri(result.filePath, context.cwd);
    const report = (messages: LintMessage[], suppressed: boolean) => {
      const fingerprints = lineFingerprints({ ...result, messages });
      for (const [i, message] of messages.entries()) {
        const location: Sarif.Location = { physicalLocation: { artifactLocation: { uri }, region: region(message) } };
        if (message.ruleId === null) {
          notifications.push({ level: level(message), message: { text: message.message }, locations: [location] });
          continue;
        }
        sarifResults.push({
          ruleId: message.ruleId,
          ruleIndex: indexOf(message.ruleId),
          level: level(message),
          message: { text: message.message },
          locations: [location],
          partialFingerprints: { primaryLocationLineHash: fingerprints[i]! },
          ...(suppressed ? { suppressions: suppressions(message) } : {}),
        });
      }
    };
    report(result.messages, false);
    report(result.suppressedMessages ?? [], true);
  }

  const informationUri = repositoryWebUrl();
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "jobpostlint",
            version: packageInfo.version,
            semanticVersion: packageInfo.version,
            ...(informationUri ? { informationUri } : {}),
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.messages.some((m) => m.fatal)),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: sarifResults,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function ruleDescriptor(ruleId: string, meta: RuleMeta | undefined): Sarif.ReportingDescriptor {
  // GitHub rejects empty strings in required properties, so a rule without meta still gets words.
  const description = sentence(meta?.description || `The ${ruleId} rule`);
  const url = ruleDocsUrl(ruleId, meta);
  const details = [
    ...(meta?.category ? [`Category: ${meta.category}.`] : []),
    ...(meta?.fixable ? ["`jobpostlint --fix` fixes what it reports."] : []),
  ];
  return {
    id: ruleId,
    shortDescription: { text: description },
    fullDescription: { text: [description, ...details].join(" ") },
    help: {
      text: [description, ...details, ...(url ? [`Documentation: ${url}`] : [])].join(" "),
      ...(url ? { markdown: [description, ...details].join(" ") + `\n\n[Documentation for ${ruleId}](${url})` } : {}),
    },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: defaultLevel(meta) },
    ...(meta?.category ? { properties: { tags: [meta.category] } } : {}),
  };
}

/** A rule that is off unless configured still needs a level: "note", the mildest GitHub accepts. */
function defaultLevel(meta: RuleMeta | undefined): Sarif.ReportingConfiguration.level {
  if (meta?.recommended === "error") return "error";
  if (meta?.recommended === "warn") return "warning";
  return "note";
}

function level(message: LintMessage): Sarif.Result.level {
  return message.severity === 2 ? "error" : "warning";
}

function region(m: LintMessage): Sarif.Region {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const endLine = Math.max(startLine, m.endLine ?? startLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, m.endColumn ?? startColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function suppressions(message: LintMessage): Sarif.Suppression[] {
  const found = message.suppressions?.length ? message.suppressions : [{ kind: "directive", justification: "" }];
  return found.map((s) => ({ kind: "inSource" as const, ...(s.justification ? { justification: s.justification } : {}) }));
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
