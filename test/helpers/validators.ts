import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";

// ajv-formats is CommonJS: under NodeNext its default export arrives untyped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The official SARIF 2.1.0 schema (draft-07; see test/fixtures/README.md), with its `uri`, `uri-reference` and `date-time` formats checked. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Validates a SARIF log, failing with ajv's errors. */
export function expectValidSarif(log: unknown): void {
  const validate = sarifValidator();
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

/**
 * Parses with Python's expat, which enforces all of XML 1.0 (characters
 * included). Python is on every machine that runs the suite: pre-commit needs it.
 */
export function expectWellFormedXml(xml: string): void {
  const parsed = spawnSync("python3", ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())"], { input: xml, encoding: "utf8" });
  expect(parsed.error).toBeUndefined();
  expect(parsed.stderr).toBe("");
  expect(parsed.status).toBe(0);
}
