/**
 * Registers every format reader up front, for callers that parse synchronously
 * without awaiting `loadReader` (the programmatic API, the language server, the
 * browser playground). Import it for its effect.
 */
import { htmlReader } from "./html-reader.js";
import { jsonReader } from "./json-reader.js";
import { markdownReader } from "./markdown-reader.js";
import { registerReader } from "./readers.js";

registerReader("markdown", markdownReader);
registerReader("html", htmlReader);
registerReader("json", jsonReader);
