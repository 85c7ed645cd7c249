/**
 * What each HTML element means to a posting's reader. Elements not named here
 * are blocks (div, p, li, section, td, ...): they end the line of text before
 * them and start a new one.
 */

/** Inline (phrasing) elements: their text runs on with the text around them. */
export const PHRASING = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "img", "ins",
  "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "time",
  "tt", "u", "wbr",
]);

/**
 * Elements whose content is not posting text: raw text and metadata (script,
 * style, head), code, embedded content, and site chrome around a careers page
 * (navigation, footer, sidebars, application forms).
 */
export const NOT_POSTING_TEXT = new Set([
  "script", "style", "template", "noscript", "head", "title", "textarea", "select", "svg", "math", "iframe",
  "object", "canvas", "pre", "code", "kbd", "samp", "nav", "footer", "aside", "form", "button",
]);

/** Raw-text elements: their content is not markup at all, so a fix never reaches into them. */
export const RAW_TEXT = new Set(["script", "style", "template", "textarea", "title"]);

/** Elements that never have an end tag. */
export const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Elements whose end tag may be left out: a missing one is not an error. */
export const OPTIONAL_END = new Set([
  "html", "head", "body", "p", "li", "dt", "dd", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead",
  "tbody", "tfoot", "tr", "td", "th",
]);

export const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Inline elements that make their text bold: a paragraph of nothing else introduces a section. */
export const BOLD = new Set(["strong", "b"]);
