/**
 * The classic catastrophic-backtracking shapes, at about `size` characters:
 * long runs of one character, of blanks, of requirement phrases, of nested
 * list markers, of emphasis markers and of half-open template syntax; and
 * the shapes that made micromark or our reading of its events superlinear.
 */
export function adversarialTexts(size = 100_000): [string, string][] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
  return [
    ["one letter", fill("a")],
    ["spaces and tabs", "x" + fill(" \t") + "x"],
    ["spaces then a letter", fill(" ") + "x\n"],
    ["years phrases", fill("1+ years of ")],
    ["nested list markers", Array.from({ length: 400 }, (_, i) => " ".repeat(i % 60) + "- ".repeat(i % 40) + "item").join("\n")],
    ["emphasis markers", fill("**")],
    ["open brackets", fill("[")],
    ["open templates", fill("{{ ")],
    ["dots and letters", fill("a.")],
    ["digits", fill("1")],
    ["money-ish", fill("$1,0")],
    // An unbounded "(,dd)+" for lakh groups rescanned the run from every digit pair.
    ["digit pairs and commas", fill("22,")],
    ["colons", fill("A:")],
    ["hashes", fill("#")],
    ["mojibake-ish", fill("Ã©â€")],
    ["upper case words", fill("WORD ")],
    ["repeated word", fill("the ")],
    ["one long line of words with a tab", fill("word ") + "\tend"],
    ["unclosed template blocks", fill("{% if a %}\n")],
    ["an elsif chain", "{% if a %}" + fill("{% elsif b %}x")],
    ["inline code on every line", fill("Use `x` or `y` here.\n")],
    // micromark's emphasis resolver and its merging of data tokens were quadratic and worse on these (src/posting/linear-attention.ts, linear-data-merge.ts).
    ["closing emphasis runs", fill("a* ")],
    ["failed references between emphasis runs", fill("x&x* ")],
    ["nested emphasis", "*a ".repeat(Math.floor(size / 6)) + "b" + " c*".repeat(Math.floor(size / 6))],
    // Each list used to walk every list nested in it again (src/posting/list-items.ts).
    ["a list a level deeper each line", Array.from({ length: 300 }, (_, i) => "  ".repeat(i) + "- x").join("\n")],
    ["quotes a level deeper each line", Array.from({ length: 400 }, (_, i) => ">".repeat(i + 1) + " x").join("\n")],
    ["one-word paragraphs", fill("x x\n\n")],
  ];
}

/**
 * Shapes that stress an HTML or JSON-LD reader: deep nesting (the tree
 * converter recurses), half-open tags, runs of character references and of
 * elements the parser must close for each other, and JSON-LD that never ends.
 */
export function htmlAdversarialTexts(size = 100_000): [string, string][] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
  return [
    ["nested elements", fill("<div>a")],
    ["nested inline elements", fill("<b>")],
    ["open tags", fill("<")],
    ["open tag names", fill("<a")],
    ["character references", fill("&amp")],
    ["numeric references", fill("&#1")],
    ["line breaks", fill("<br>")],
    ["list items without end tags", fill("<li>x")],
    ["an attribute that never closes", `<p class="${fill("a ")}`],
    ["open comments", fill("<!--")],
    ["table rows out of place", fill("<table>x<tr>")],
    ["nested JSON-LD arrays", `<script type="application/ld+json">${fill("[")}</script>`],
    ["JSON-LD descriptions that never end", `<script type="application/ld+json">${fill('{"@type":"JobPosting","description":"<p>')}`],
  ];
}
