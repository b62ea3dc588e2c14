// Building DOM safely: every piece of text (draft text, messages, headings) goes in
// through `textContent`, never through HTML parsing, so a draft containing markup is
// shown as the characters it is. Nothing in the add-in uses innerHTML.

/**
 * `h('button', {class: 'x', onclick: f, 'aria-label': 'y'}, 'text', child)`: attributes
 * starting with "on" become listeners, `class` the class name, others setAttribute;
 * string children become text nodes, null/false children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces the children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** An outside link: new window, no opener, no referrer (the only outside addresses shown). */
export function outsideLink(href, text, attrs = {}) {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', ...attrs }, text);
}
