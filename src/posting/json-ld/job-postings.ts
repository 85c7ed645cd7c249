import type { JsonLdBlock, JsonNode, JsonObject, JsonProperty, Range } from "../types.js";
import { parseJson } from "./tree.js";

/** A schema.org type as JSON-LD may write it: "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting". */
const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/schema\.org\/)/i;

/** Parses one JSON-LD block (a script element's content, or a whole file) and finds its JobPostings. */
export function readJsonLdBlock(text: string, range: Range): JsonLdBlock {
  const { root, errors } = parseJson(text, range);
  return { range, ...(root ? { root } : {}), errors, jobPostings: root ? findJobPostings(root) : [] };
}

/**
 * Every object typed JobPosting: at the top level, in an array, in `@graph`,
 * or deeper (an ItemList of postings). A JobPosting's own properties are not
 * searched further.
 */
export function findJobPostings(root: JsonNode): JsonObject[] {
  const out: JsonObject[] = [];
  eachObject(root, (node) => {
    if (!hasType(node, "JobPosting")) return true;
    out.push(node);
    return false;
  });
  return out;
}

/**
 * Visits every object of a JSON value in document order; `visit` returns
 * whether to look inside the object. Iterative (a deeply nested value must not
 * overflow the call stack), linear in the nodes.
 */
export function eachObject(root: JsonNode, visit: (node: JsonObject) => boolean): void {
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === "array") for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!);
    if (node.kind !== "object" || !visit(node)) continue;
    for (let i = node.properties.length - 1; i >= 0; i--) stack.push(node.properties[i]!.value);
  }
}

/** The object's `@type` names, without a schema.org prefix. */
export function typesOf(node: JsonObject): string[] {
  const type = property(node, "@type")?.value;
  const values = type?.kind === "array" ? type.items : type ? [type] : [];
  return values.flatMap((v) => (v.kind === "string" ? [String(v.value).replace(SCHEMA_PREFIX, "")] : []));
}

export function hasType(node: JsonObject, type: string): boolean {
  return typesOf(node).includes(type);
}

/** A property by name (the last one, as JSON parsers keep a repeated key's last value). */
export function property(node: JsonObject, key: string): JsonProperty | undefined {
  for (let i = node.properties.length - 1; i >= 0; i--) if (node.properties[i]!.key === key) return node.properties[i];
  return undefined;
}

/** A property's value when it is a string. */
export function stringValue(node: JsonObject, key: string): string | undefined {
  const value = property(node, key)?.value;
  return value?.kind === "string" ? String(value.value) : undefined;
}

/** A value that may be one node or an array of them ("employmentType": "FULL_TIME" or ["FULL_TIME", "PART_TIME"]). */
export function valuesOf(node: JsonNode | undefined): JsonNode[] {
  if (!node) return [];
  return node.kind === "array" ? node.items : [node];
}
