// The problems panel: diagnostics grouped by section (front matter, each section,
// footnotes), each with severity, message, the flagged text, the rule name linking to
// its documentation, and Fix / Ignore buttons; a summary and "Fix all safe" on top.
// It renders a check model (src/core/check.js) and reports clicks through callbacks;
// it does not talk to hosts or the validator. A group lists its first `GROUP_PAGE`
// items and a "Show more" button for the rest, so that a draft with thousands of
// problems does not make the pane build and lay out thousands of rows on each check.

import { ruleDocsUrl } from '../core/check.js';
import { h, outsideLink, replace } from './dom.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'note' };

/** How many items a group lists at first, and how many more each "Show more" adds. */
export const GROUP_PAGE = 100;

/** Per panel root: how many items each group (by key) lists, kept across checks. */
const shownByRoot = new WeakMap();

/** The heading a group is listed under. */
export function groupTitle(group, kind) {
  if (group.front) return 'Title and preamble';
  if (group.footnotes) return 'Footnotes';
  if (group.heading) return group.heading;
  return kind === 'declaration' ? 'Declaration' : 'Resolution';
}

/** "3 errors · 1 warning · 2 notes" (parts with zero left out; "No problems" if none). */
export function countsText(counts) {
  const parts = [];
  for (const [sev, n] of Object.entries(counts)) {
    if (n > 0) parts.push(`${n} ${SEVERITY_LABEL[sev]}${n === 1 ? '' : 's'}`);
  }
  return parts.length ? parts.join(' · ') : 'No problems';
}

/**
 * Renders `check` into `root`. `actions`: `select(item)`, `fix(item)`, `ignore(item)`,
 * `fixAllSafe()`; `safeCount` is how many safe fixes "Fix all safe" would apply.
 */
export function renderProblems(root, check, actions) {
  const { summary, outline } = check.report;
  const safeCount = check.items.filter((i) => i.diagnostic.fix?.applicability === 'safe').length;
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('span', { class: 'summary', 'data-testid': 'summary' }, countsText({ error: summary.errors, warning: summary.warnings, info: summary.infos })),
    h('button', { type: 'button', class: 'primary', disabled: safeCount === 0, 'data-testid': 'fix-all', onclick: () => actions.fixAllSafe() }, `Fix all safe (${safeCount})`),
  );
  const shown = shownByRoot.get(root) ?? shownByRoot.set(root, new Map()).get(root);
  const groups = check.groups
    .filter((g) => g.items.length > 0)
    .map((g) =>
      h(
        'details',
        { class: 'group', open: true, 'data-group': g.key },
        h('summary', {}, h('span', { class: 'group-title' }, groupTitle(g, outline.kind)), h('span', { class: `badge ${g.counts.error ? 'error' : g.counts.warning ? 'warning' : 'info'}` }, String(g.items.length))),
        renderList(g, shown, actions),
      ),
    );
  replace(root, toolbar, groups.length ? groups : h('p', { class: 'empty' }, 'No problems found.'));
}

/** A group's list: as many items as were shown before (at least a page), then "Show more". */
function renderList(group, shown, actions) {
  const ul = h('ul', { class: 'diags' });
  const page = (from, to) => {
    for (const item of group.items.slice(from, to)) ul.append(renderItem(item, actions));
    const left = group.items.length - to;
    if (left <= 0) return;
    const more = h(
      'li',
      { class: 'more' },
      h('button', {
        type: 'button',
        'data-testid': 'show-more',
        onclick: () => {
          more.remove();
          shown.set(group.key, to + GROUP_PAGE);
          page(to, to + GROUP_PAGE);
        },
      }, `Show ${Math.min(left, GROUP_PAGE)} more (${left} not listed)`),
    );
    ul.append(more);
  };
  page(0, Math.max(GROUP_PAGE, shown.get(group.key) ?? 0));
  return ul;
}

function renderItem(item, actions) {
  const d = item.diagnostic;
  const fix = d.fix;
  return h(
    'li',
    { class: `diag sev-${d.severity}`, 'data-rule': d.rule, 'data-id': item.id },
    h(
      'button',
      { type: 'button', class: 'diag-main', title: 'Select in the document', onclick: () => actions.select(item) },
      h('span', { class: `sev sev-${d.severity}` }, SEVERITY_LABEL[d.severity]),
      ' ',
      h('span', { class: 'msg' }, d.message),
      item.flagged.trim() ? h('span', { class: 'flagged' }, clip(item.flagged)) : null,
    ),
    h(
      'div',
      { class: 'diag-meta' },
      outsideLink(ruleDocsUrl(d.rule), d.rule, { class: 'rule', title: 'Documentation of this rule' }),
      h('span', { class: 'where' }, item.paragraph >= 0 ? `¶ ${d.line}` : `line ${d.line}`),
      fix ? h('button', { type: 'button', class: fix.applicability === 'safe' ? 'fix' : 'fix unsafe', title: fix.applicability === 'safe' ? 'Apply the fix' : 'Apply the fix (review it: it changes words)', onclick: () => actions.fix(item) }, 'Fix') : null,
      h('button', { type: 'button', class: 'ignore', title: 'Ignore this occurrence (remembered with the document)', onclick: () => actions.ignore(item) }, 'Ignore'),
    ),
  );
}

/** Long flagged spans (a whole paragraph) are cut for the list; the message says the rest. */
function clip(text) {
  return text.length > 120 ? text.slice(0, 117) + '…' : text;
}
