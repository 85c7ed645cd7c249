import type { Range } from "../types.js";
import type { Token } from "./tokens.js";

/**
 * A small starter list of technologies by their lower-case token. A later
 * issue replaces it with the release-date table; until then the names are
 * enough for a statement to say which technologies it asks for.
 */
const BY_LOWER: Record<string, string> = {
  python: "Python", java: "Java", javascript: "JavaScript", typescript: "TypeScript", golang: "Go", rust: "Rust",
  "c++": "C++", "c#": "C#", ruby: "Ruby", php: "PHP", kotlin: "Kotlin", swift: "Swift", scala: "Scala",
  perl: "Perl", haskell: "Haskell", elixir: "Elixir", erlang: "Erlang", clojure: "Clojure", dart: "Dart",
  sql: "SQL", postgresql: "PostgreSQL", postgres: "PostgreSQL", mysql: "MySQL", mongodb: "MongoDB", redis: "Redis",
  kafka: "Kafka", kubernetes: "Kubernetes", k8s: "Kubernetes", docker: "Docker", terraform: "Terraform",
  ansible: "Ansible", helm: "Helm", aws: "AWS", azure: "Azure", gcp: "GCP", linux: "Linux", react: "React",
  angular: "Angular", vue: "Vue", "vue.js": "Vue", "node.js": "Node.js", nodejs: "Node.js", django: "Django",
  flask: "Flask", rails: "Rails", spring: "Spring", graphql: "GraphQL", spark: "Spark", hadoop: "Hadoop",
  airflow: "Airflow", snowflake: "Snowflake", tensorflow: "TensorFlow", pytorch: "PyTorch", vhdl: "VHDL",
  verilog: "Verilog", systemverilog: "SystemVerilog", matlab: "MATLAB", llvm: "LLVM", mlir: "MLIR",
  html: "HTML", css: "CSS", git: "Git", jenkins: "Jenkins", prometheus: "Prometheus", grafana: "Grafana",
  opentelemetry: "OpenTelemetry", elasticsearch: "Elasticsearch", fhir: "FHIR", hl7: "HL7",
};
/** Names that are also common words: only their exact spelling counts ("Go", not "go"). */
const EXACT: Record<string, string> = { Go: "Go", C: "C", R: "R" };

export function findTechnologies(tokens: readonly Token[], from: number, to: number): { name: string; range: Range }[] {
  const out: { name: string; range: Range }[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const name = BY_LOWER[t.lower] ?? EXACT[t.text];
    if (!name) continue;
    // A capitalised "Go"/"C"/"R" that opens a sentence is an ordinary word or a grade.
    if (EXACT[t.text] && (k === from || tokens[k - 1]!.lower === ".")) continue;
    out.push({ name, range: { start: t.start, end: t.end } });
  }
  return out;
}
