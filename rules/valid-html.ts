import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "valid-html",
    description:
      "HTML a browser has to repair: an element left open, a stray end tag, a tag cut off, a broken character reference or attribute; what it shows may not be what was meant",
    category: "structure",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "end tags that HTML lets you leave out (li, p) are no error",
          filePath: "example.html",
          text: "<h3>Requirements</h3>\n<ul>\n<li>Food handler card\n<li>Two years on the line\n</ul>\n<p>Apply in person.\n",
        },
      ],
      invalid: [
        {
          name: "an element never closed, and a stray end tag",
          filePath: "example.html",
          text: "<div class=\"job\">\n<h3>Requirements</h3>\n<ul>\n<li><strong>Food handler card</li>\n</ul>\n</span>\n",
          messages: [
            { line: 1, column: 1, message: "HTML: <div> is never closed" },
            { line: 4, column: 5, message: "HTML: <strong> is never closed" },
            { line: 6, column: 1, message: "HTML: stray end tag </span>: no element it closes is open" },
          ],
        },
        {
          name: "an unknown character reference and a duplicate attribute",
          filePath: "example.html",
          text: '<p class="a" class="b">Tips &amp; meals &nbps; included.</p>\n',
          messages: [
            { line: 1, column: 19, message: "HTML: Unexpected duplicate attribute" },
            { line: 1, column: 46, message: "HTML: Unexpected unknown named character reference" },
          ],
        },
      ],
    },
  },
  create(context) {
    for (const problem of context.posting.htmlProblems ?? []) context.report({ message: problem.message, range: problem.range });
  },
});
