// The outline view: kind, title, organ, general preamble, then each section with its
// preambular and operative counts and its errors; clicking a section moves there in the
// document. Renders the check model only; navigation goes through a callback.

import { h, replace } from './dom.js';
import { groupTitle } from './panel.js';

export function renderOutline(root, check, { goTo }) {
  const { outline } = check.report;
  const sections = check.groups.filter((g) => !g.front && !g.footnotes);
  replace(
    root,
    h(
      'div',
      { class: 'outline-head' },
      h('span', { class: `kind kind-${outline.kind}`, 'data-testid': 'outline-kind' }, outline.kind),
      h('h2', { class: 'doc-title' }, outline.title ?? '(no title)'),
      h('p', { class: 'organ' }, outline.organ ?? '(no organ line)', outline.preambular ? ` · ${outline.preambular} preambular` : '', outline.footnotes ? ` · ${outline.footnotes} footnote${outline.footnotes === 1 ? '' : 's'}` : ''),
    ),
    h(
      'ol',
      { class: 'sections', 'data-testid': 'outline-sections' },
      sections.map((g) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'section', 'data-line': g.line, onclick: () => goTo(g.line) },
            h('span', { class: 'section-title' }, groupTitle(g, outline.kind)),
            h('span', { class: 'section-counts' }, `${g.preambular} preambular · ${g.operative} operative`),
            g.counts.error ? h('span', { class: 'badge error' }, `${g.counts.error} error${g.counts.error === 1 ? '' : 's'}`) : h('span', { class: 'badge ok' }, 'no errors'),
          ),
        ),
      ),
    ),
  );
}
