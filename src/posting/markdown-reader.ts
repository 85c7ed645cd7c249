import { readMarkdown } from "./markdown.js";
import type { StructureReader } from "./readers.js";

export const markdownReader: StructureReader = ({ text, lines, index }) => readMarkdown(text, lines, index);
