// Noticing edits without getting in the typist's way. With WordApi 1.6 the document's
// paragraph events (added, changed, deleted) say when to re-check, and a slow poll
// remains as a safety net (tracked deletions raise no event). Without 1.6, a poll loads
// only `body.text` and compares its hash with the last one, so an unchanged document
// costs one small round trip and no re-read. Polls never overlap. The callback is the
// controller's debounced check; nothing here reads paragraphs or validates.

import { hashStrings } from '../core/hash.js';

/**
 * Starts watching; returns `stop()`. `timers` ({setInterval, clearInterval}) are
 * injectable for tests; `pollMs` is the poll period without events, `safetyPollMs` with.
 */
export function watchDocument({ Word, caps, onChange, pollMs = 1500, safetyPollMs = 10000, timers = globalThis }) {
  let last = null;
  let busy = false;
  let registrations = [];

  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      await Word.run(async (context) => {
        const body = context.document.body;
        body.load('text');
        await context.sync();
        const h = hashStrings(body.text);
        if (last !== null && h !== last) onChange();
        last = h;
      });
    } catch {
      // The document may be busy (a modal dialog, co-authoring merge): try next tick.
    } finally {
      busy = false;
    }
  };

  if (caps.events) {
    Word.run(async (context) => {
      const doc = context.document;
      const handler = async () => onChange();
      registrations = [doc.onParagraphAdded.add(handler), doc.onParagraphChanged.add(handler), doc.onParagraphDeleted.add(handler)];
      await context.sync();
    }).catch(() => {});
  }
  const id = timers.setInterval(poll, caps.events ? safetyPollMs : pollMs);
  poll();

  return function stop() {
    timers.clearInterval(id);
    for (const r of registrations) {
      try {
        r.remove();
      } catch {
        // Already gone with its context.
      }
    }
  };
}
