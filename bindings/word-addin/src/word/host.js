// The Word task-pane host: implements the host interface (src/core/host.js) over
// Office.js for the shared UI. Reading, change detection, locating spans, fixes,
// critiques and the document's ignore list live in their own modules; this file wires
// them to the API sets the host supports. `Word` and `Office` are passed in (the
// globals in the task pane, office-addin-mock objects in the unit tests).

import { FOOTNOTE_HEADERS } from '../core/check.js';
import { createAnnotator } from './annotations.js';
import { describeCapabilities, detectCapabilities } from './caps.js';
import { watchDocument } from './changes.js';
import { applyFixes } from './fixes.js';
import { queueSpan } from './ranges.js';
import { loadStructure, paragraphTarget, readDocument } from './read.js';
import { documentIgnoreStore } from './settings.js';

export function createWordHost({ Word, Office, pollMs, timers }) {
  const caps = detectCapabilities(Office);
  const annotate = caps.annotations ? createAnnotator(Word, caps) : null;
  let current = null;
  const needsNotes = (check) => caps.footnotes && check.snapshot.origins.some((o) => o.kind === 'footnote');

  return {
    kind: 'word',
    caps,
    capabilities: describeCapabilities(caps),
    read: (lang) => Word.run((context) => readDocument(context, caps, FOOTNOTE_HEADERS[lang] ?? FOOTNOTE_HEADERS.en)),
    watch: (onChange) => watchDocument({ Word, caps, onChange, pollMs, timers }),
    async mark(check) {
      current = check;
      if (annotate) await annotate(check);
    },
    /** Selects the flagged text when it can be located exactly, else its paragraph. */
    reveal: (item) =>
      Word.run(async (context) => {
        const structure = await loadStructure(context, { footnotes: needsNotes(current) });
        const target = paragraphTarget(structure, current.snapshot, item.paragraph);
        if (!target) throw new Error('that paragraph is no longer in the document');
        const start = item.start - target.prefix;
        const end = item.end - target.prefix;
        const resolve = target.unchanged && start >= 0 && end > start ? queueSpan(target.paragraph, target.expected, start, end) : () => ({});
        await context.sync();
        const found = resolve();
        (found.range ?? target.paragraph).select();
        await context.sync();
      }),
    /** Moves to the start of body paragraph `line` (1-based), as the outline lists it. */
    revealLine: (line) =>
      Word.run(async (context) => {
        const structure = await loadStructure(context);
        const origin = current?.snapshot.origins[line - 1];
        const paragraph = structure.body[origin?.kind === 'body' ? origin.index : line - 1];
        if (!paragraph) throw new Error('that paragraph is no longer in the document');
        paragraph.select('Start');
        await context.sync();
      }),
    fix: (check, items) => Word.run((context) => applyFixes(context, caps, check, items)),
    ignores: documentIgnoreStore(Office),
  };
}
