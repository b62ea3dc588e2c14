// The small interface between the shared UI (src/ui/app.js) and a document host: the
// Word task pane (src/word/host.js) or the CodeMirror editor of the plain page
// (src/editor/host.js). Types only (JSDoc); nothing here runs.

/**
 * @typedef {object} Snapshot  What the host read, ready for the validator.
 * @property {'text'|'paragraphs'} mode
 * @property {string} key        changes whenever the content the validator sees changes
 * @property {string} [text]     text mode: the whole draft
 * @property {{text: string, listString?: string|null, style?: string|null}[]} [paragraphs]
 * @property {{kind: 'body'|'header'|'footnote'}[]} [origins]  where each paragraph came from
 */

/**
 * @typedef {object} Host
 * @property {'word'|'browser'} kind
 * @property {Record<string, boolean>} capabilities  what the host supports (shown in the UI)
 * @property {(lang: string) => Promise<Snapshot>} read        the current content
 * @property {(onChange: () => void) => () => void} watch      calls back after edits; returns stop()
 * @property {(check: object) => Promise<void>} mark           underlines / annotations in the document
 * @property {(item: object) => Promise<void>} reveal          selects an item's text
 * @property {(line: number) => Promise<void>} revealLine      moves to a 1-based line/paragraph
 * @property {(check: object, items: object[]) => Promise<{applied: number, refused: string[]}>} fix
 * @property {{load: () => Promise<unknown>, save: (list: object[]) => Promise<void>}} ignores
 */

export {};
