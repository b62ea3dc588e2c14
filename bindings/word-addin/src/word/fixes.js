// Applying fixes to the Word document, touching exactly the edit ranges: each edit
// (paragraph-mode offsets) is located in its paragraph (src/word/ranges.js) before
// anything changes, then replaced with `insertText(text, "Replace")`, deleted with
// `delete()`, or inserted at its point, so the rest of the paragraph, its formatting and
// every other paragraph stay as they are. A fix is applied whole or not at all: it is
// refused, with a reason, when its paragraph changed since the check, when an edit
// touches the "N/ " the reader put before a footnote, spans paragraphs, or cannot be
// located exactly. Fixes that overlap one another are left for the next check.

import { nonOverlapping } from '../core/edits.js';
import { loadStructure, paragraphTarget } from './read.js';
import { queuePoint, queueSpan } from './ranges.js';

/** Applies the fixes of `items` (from `check`); returns `{ applied, refused: string[] }`. */
export async function applyFixes(context, caps, check, items) {
  const { snapshot } = check;
  const withFix = items.filter((i) => i.diagnostic.fix);
  const picked = nonOverlapping(withFix, (e) => [e.paragraph, e.start, e.end]);
  const refused = [];
  if (picked.length < withFix.length) refused.push(`${withFix.length - picked.length} overlapping fix(es) are left for the next check.`);
  const structure = await loadStructure(context, { footnotes: caps.footnotes && snapshot.origins.some((o) => o.kind === 'footnote') });

  // 1. Locate every edit of every fix against the text as it was checked.
  const plans = [];
  for (const item of picked) {
    const located = [];
    let reason = null;
    for (const edit of item.diagnostic.fix.edits) {
      const target = paragraphTarget(structure, snapshot, edit.paragraph);
      if (!target) reason = 'its paragraph is no longer in the document.';
      else if (!target.unchanged) reason = 'its paragraph changed since it was checked.';
      else if (edit.start < target.prefix) reason = 'it changes the footnote number, which Word sets itself.';
      else if (edit.end > snapshot.paragraphs[edit.paragraph].text.length) reason = 'it spans several paragraphs.';
      if (reason) break;
      const start = edit.start - target.prefix;
      const end = edit.end - target.prefix;
      const resolve = start === end ? queuePoint(target.paragraph, target.expected, start) : queueSpan(target.paragraph, target.expected, start, end);
      located.push({ edit, resolve });
    }
    plans.push({ item, located, reason });
  }
  await context.sync();

  // 2. Apply only fixes whose every edit was found exactly.
  let applied = 0;
  for (const plan of plans) {
    const results = plan.reason ? [] : plan.located.map((l) => ({ edit: l.edit, ...l.resolve() }));
    const failed = results.find((r) => r.error);
    if (plan.reason || failed) {
      refused.push(`${plan.item.diagnostic.rule} on ¶ ${plan.item.diagnostic.line}: ${plan.reason ?? failed.error}`);
      continue;
    }
    for (const r of results) {
      if (r.location) r.range.insertText(r.edit.text, r.location);
      else if (r.edit.text === '') r.range.delete();
      else r.range.insertText(r.edit.text, 'Replace');
    }
    applied++;
  }
  await context.sync();
  return { applied, refused };
}
