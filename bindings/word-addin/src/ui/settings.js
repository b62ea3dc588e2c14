// The settings view: the draft language, one switch per rule (grouped as in the rule
// catalogue) and the ignored occurrences, plus what the host supports. It renders and
// reports changes; saving is the controller's job.

import { LANGS } from '../core/prefs.js';
import { ruleDocsUrl } from '../core/check.js';
import { h, outsideLink, replace } from './dom.js';

const LANG_NAMES = { auto: 'Detect', en: 'English', es: 'Español', fr: 'Français', pt: 'Português' };

export function renderSettings(root, { rules, prefs, ignoredCount, capabilities }, { setLang, setRule, clearIgnores }) {
  const byGroup = new Map();
  for (const r of rules) (byGroup.get(r.group) ?? byGroup.set(r.group, []).get(r.group)).push(r);
  const off = new Set(prefs.off);
  replace(
    root,
    h(
      'label',
      { class: 'field' },
      'Language of the draft ',
      h('select', { onchange: (e) => setLang(e.target.value), 'data-testid': 'lang' }, LANGS.map((l) => h('option', { value: l, selected: l === prefs.lang }, LANG_NAMES[l]))),
    ),
    h('p', { class: 'field' }, `${ignoredCount} ignored occurrence${ignoredCount === 1 ? '' : 's'} `, h('button', { type: 'button', disabled: ignoredCount === 0, onclick: clearIgnores }, 'Clear')),
    [...byGroup].map(([group, list]) =>
      h(
        'fieldset',
        { class: 'rules' },
        h('legend', {}, group),
        list.map((r) =>
          h(
            'label',
            { class: 'rule-toggle', title: r.summary },
            h('input', { type: 'checkbox', checked: !off.has(r.name), onchange: (e) => setRule(r.name, e.target.checked) }),
            ' ',
            outsideLink(ruleDocsUrl(r.name), r.name),
          ),
        ),
      ),
    ),
    h('p', { class: 'caps' }, 'Host: ', Object.entries(capabilities).map(([k, v]) => h('span', { class: v ? 'cap on' : 'cap off' }, k))),
  );
}
