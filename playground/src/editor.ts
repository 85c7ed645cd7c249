import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { EditorState, Transaction, type Extension } from "@codemirror/state";
import { EditorView, highlightActiveLine, keymap, lineNumbers, placeholder, type ViewUpdate } from "@codemirror/view";
import { minimalChange } from "./text-change.js";

/**
 * The posting editor. No Tab binding on purpose: Tab must move the focus on,
 * or keyboard users would be trapped in the editor (and a tab typed into a
 * posting is what no-stray-tabs reports anyway).
 */
export function createEditor(parent: HTMLElement, onDocChanged: (update: ViewUpdate) => void, extensions: Extension[] = []): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      extensions: [
        lineNumbers(),
        highlightActiveLine(),
        history(),
        lintGutter(),
        EditorView.lineWrapping,
        placeholder("Paste or type a job posting here, or drop a .txt or .md file."),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        // tabindex: the text is focusable anyway (contenteditable), but axe-core only counts a scrolling region as keyboard-reachable with it.
        EditorView.contentAttributes.of({ "aria-label": "Posting text", "aria-describedby": "editor-help", tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onDocChanged(update);
        }),
        ...extensions,
      ],
    }),
  });
}

/** Replaces the whole text as one step, undoable unless it is the page loading a link. */
export function replaceText(view: EditorView, text: string, userEvent: string, undoable = true): void {
  view.dispatch({
    changes: minimalChange(view.state.doc.toString(), text),
    userEvent,
    annotations: Transaction.addToHistory.of(undoable),
  });
}

/** Selects a range, scrolls to it and puts the focus in the editor. */
export function selectRange(view: EditorView, from: number, to: number): void {
  const length = view.state.doc.length;
  view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
  view.focus();
}
