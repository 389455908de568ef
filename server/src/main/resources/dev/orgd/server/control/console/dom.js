// Small DOM and formatting helpers: no framework, no build step.

/** Creates an element: h('td', {class: 'x', onclick: f}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A state as a coloured chip. */
export const chip = state => h('span', { class: 'chip state-' + state }, state);

/** Epoch seconds (or an ISO string) as "2026-12-02 05:28Z". */
export function when(t) {
  if (t === undefined || t === null) return '';
  const d = typeof t === 'number' ? new Date(t * 1000) : new Date(t);
  return d.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}

/** How long until `expires` (epoch seconds) at orgd's `now` (epoch ms): "14d 23h", "5m", "passed". */
export function timeLeft(expires, nowMs) {
  let s = Math.floor(expires - nowMs / 1000);
  if (s <= 0) return 'passed';
  const d = Math.floor(s / 86400); s -= d * 86400;
  const hr = Math.floor(s / 3600); s -= hr * 3600;
  const m = Math.floor(s / 60);
  return d ? `${d}d ${hr}h` : hr ? `${hr}h ${m}m` : `${m}m ${s % 60}s`;
}

/** A small form: fields [{name, placeholder, type?, options?, required?}] and a submit label. */
export function form(id, fields, label, onsubmit) {
  const inputs = fields.map(f => f.options
    ? h('select', { name: f.name, 'aria-label': f.placeholder },
      f.options.map(o => h('option', { value: o.value ?? o }, o.label ?? o)))
    : h('input', { name: f.name, placeholder: f.placeholder, type: f.type || 'text',
      required: f.required, size: f.size || 16, 'aria-label': f.placeholder }));
  const el = h('form', { class: 'inline', id }, inputs, h('button', { class: 'primary' }, label));
  el.addEventListener('submit', async e => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(el).entries());
    if (await onsubmit(values) !== false) el.reset();
  });
  return el;
}
