import { replaceRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import { joinsLineBreaks } from "./lib/editable.js";
import { findMojibake, type Mojibake } from "./lib/mojibake.js";

/** How far the message quotes the word around a run. */
const CONTEXT = 12;

export default defineRule({
  meta: {
    id: "no-mojibake",
    description: "Text mis-decoded from UTF-8 as Windows-1252 or Latin-1 (\"donâ€™t\", \"CafÃ©\"); the fix re-decodes it",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "accented letters written correctly", text: "Café near Zürich; send your résumé to the hiring team.\n" },
        { name: "Portuguese and Scandinavian capitals", text: "Offices in SÃO PAULO and ÅRHUS.\n" },
      ],
      invalid: [
        {
          name: "an apostrophe and an accent read as Windows-1252",
          text: "Our teachers donâ€™t work alone.\nSend your rÃ©sumÃ©.\n",
          messages: [
            { line: 1, message: 'Mojibake: "donâ€™t" should read "don’t"' },
            { line: 2, message: 'Mojibake: "rÃ©sumÃ©." should read "résumé."' },
          ],
          output: "Our teachers don’t work alone.\nSend your résumé.\n",
        },
        {
          name: "a dash and curly quotes",
          text: "Supervise one event per semester â€“ games or concerts.\nAnswer â€œHow do you teach?â€\n",
          messages: [{ line: 1 }, { line: 2 }, { line: 2 }],
          output: "Supervise one event per semester – games or concerts.\nAnswer “How do you teach?”\n",
        },
        {
          name: "text encoded twice is decoded twice",
          filePath: "example.md",
          text: "## Benefits\n\n- Weâ€™re remote-first and donÃ¢â‚¬â„¢t track hours.\n",
          messages: [{ line: 3 }, { line: 3 }],
          output: "## Benefits\n\n- We’re remote-first and don’t track hours.\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const { text } = posting;
    for (const prose of posting.prose) {
      for (const word of groupByWord(text, findMojibake(text, prose.start, prose.end))) {
        context.report({
          message: describe(text, word),
          range: { start: word[0]!.range.start, end: word[word.length - 1]!.range.end },
          ...(word.some((m) => m.repaired === "" && joinsLineBreaks(text, m.range.start, m.range.end))
            ? {}
            : { fix: word.map((m) => replaceRange(m.range, m.repaired)) }),
        });
      }
    }
  },
});

/** Runs inside one word ("rÃ©sumÃ©") make one finding. */
function groupByWord(text: string, found: readonly Mojibake[]): Mojibake[][] {
  const groups: Mojibake[][] = [];
  for (const m of found) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const gap = last ? text.slice(last.range.end, m.range.start) : " ";
    if (group && gap.length <= CONTEXT && !/\s/.test(gap)) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** Quotes the word as written and as it should read. */
function describe(text: string, word: readonly Mojibake[]): string {
  const first = word[0]!.range.start;
  const last = word[word.length - 1]!.range.end;
  if (word.length === 1 && word[0]!.repaired === "") return `Mojibake: "${text.slice(first, last)}" is a byte order mark read as text: remove it`;
  let from = first;
  while (from > 0 && first - from < CONTEXT && !/\s/.test(text[from - 1]!)) from--;
  let to = last;
  while (to < text.length && to - last < CONTEXT && !/\s/.test(text[to]!)) to++;
  let repaired = "";
  let at = from;
  for (const m of word) {
    repaired += text.slice(at, m.range.start) + m.repaired;
    at = m.range.end;
  }
  repaired += text.slice(at, to);
  return `Mojibake: "${text.slice(from, to)}" should read "${repaired}"`;
}
