// Word's critique annotations (WordApi 1.7): the squiggles Word draws under the flagged
// text, one `paragraph.insertAnnotations({critiques})` per paragraph with problems.
// The annotations this add-in inserted are tracked by id and removed before the next
// set goes in, so they always match the latest check. Hosts without 1.7 never load
// this path (the panel alone shows the problems).

import { loadStructure, paragraphTarget } from './read.js';

const COLOURS = { error: 'Red', warning: 'Berry', info: 'Blue' };

/** Returns `annotate(check)`, which replaces this session's critiques with the check's. */
export function createAnnotator(Word, caps) {
  let ours = new Set();
  return (check) =>
    Word.run(async (context) => {
      const { snapshot } = check;
      const structure = await loadStructure(context, { footnotes: caps.footnotes && snapshot.origins.some((o) => o.kind === 'footnote') });
      const paragraphs = [...structure.body, ...structure.notes.flat()];
      if (ours.size > 0) {
        const existing = paragraphs.map((p) => p.getAnnotations().load('id'));
        await context.sync();
        for (const list of existing) for (const a of list.items) if (ours.has(a.id)) a.delete();
      }
      // Critiques per Word paragraph, for paragraphs whose text is still the checked one.
      const byParagraph = new Map();
      for (const item of check.items) {
        const target = item.paragraph >= 0 ? paragraphTarget(structure, snapshot, item.paragraph) : null;
        if (!target || !target.unchanged) continue;
        const start = Math.max(0, item.start - target.prefix);
        const end = Math.max(start, item.end - target.prefix);
        const length = Math.min(Math.max(end - start, 1), target.expected.length - start);
        if (length <= 0) continue;
        const list = byParagraph.get(target.paragraph) ?? byParagraph.set(target.paragraph, []).get(target.paragraph);
        list.push({ start, length, colorScheme: COLOURS[item.diagnostic.severity] });
      }
      const results = [...byParagraph].map(([paragraph, critiques]) => paragraph.insertAnnotations({ critiques }));
      await context.sync();
      ours = new Set(results.flatMap((r) => r.value ?? []));
    });
}
