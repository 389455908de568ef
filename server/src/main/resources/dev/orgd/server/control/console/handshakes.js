// A page of handshakes, newest first, 20 at a time through the AWS API's NextToken, never more than
// a page in memory: what an organization sent (ListHandshakesForOrganization) or what an account
// received (ListHandshakesForAccount). The action filter is the API's; the state filter is not in
// the API, so the view reads further pages until it has a page of matches (at most SCAN pages a
// step) and says how many it read.
import { aws, all } from './api.js';
import { h, fill, chip, when, timeLeft } from './dom.js';

const ACTIONS = ['', 'INVITE', 'ENABLE_ALL_FEATURES', 'APPROVE_ALL_FEATURES', 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE',
  'TRANSFER_RESPONSIBILITY'];
const STATES = ['', 'OPEN', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELED', 'EXPIRED'];
const PAGE = 20;
const SCAN = 10;

/**
 * The handshake panel. `operation`: the list operation; `reader()`: the account it reads as;
 * `ctx`: {actor(), act(operation, input) -> Promise, now() -> orgd epoch ms}.
 */
export function handshakePanel(operation, reader, ctx, title) {
  const table = h('tbody');
  const note = h('span', { class: 'muted' });
  const prev = h('button', { type: 'button', onclick: () => go(-1) }, '← newer');
  const next = h('button', { type: 'button', onclick: () => go(1) }, 'older →');
  const action = h('select', { name: 'action', 'aria-label': 'action filter', onchange: restart },
    ACTIONS.map(a => h('option', { value: a }, a || 'any action')));
  const state = h('select', { name: 'state', 'aria-label': 'state filter', onchange: restart },
    STATES.map(s => h('option', { value: s }, s || 'any state')));
  const el = h('section', { id: 'handshakes' },
    h('h2', {}, title, ' ', note),
    h('div', { class: 'inline' }, action, ' ', state),
    h('table', {}, h('thead', {}, h('tr', {}, ['Id', 'Action', 'State', 'Parties', 'Requested', 'Expires',
      'Time left', ''].map(c => h('th', {}, c)))), table),
    h('div', { class: 'pager' }, prev, next, h('span', { class: 'pageno muted' })));
  // Tokens that start each page seen so far: tokens[i] starts page i (undefined: the first).
  let tokens = [undefined];
  let index = 0;
  let shown = null; // {items, nextToken, scanned}
  let signature = '';
  const expanded = new Map(); // parent id -> children

  async function read(startToken) {
    const items = [];
    let token = startToken, scanned = 0, reads = 0;
    const filter = action.value ? { Filter: { ActionType: action.value } } : {};
    do {
      const out = await aws(operation, { ...filter, MaxResults: PAGE, ...(token ? { NextToken: token } : {}) },
        reader());
      reads++;
      scanned += out.Handshakes.length;
      items.push(...out.Handshakes.filter(x => !state.value || x.State === state.value));
      token = out.NextToken;
    } while (token && state.value && items.length < PAGE && reads < SCAN);
    return { items, nextToken: token, scanned };
  }

  async function load() {
    const page = await read(tokens[index]);
    for (const id of expanded.keys()) expanded.set(id, await children(id));
    const sig = JSON.stringify([page, [...expanded]]);
    if (sig !== signature) {
      signature = sig;
      shown = page;
      tokens[index + 1] = page.nextToken;
      tokens.length = index + 2;
    }
    render();
  }

  function children(parentId) {
    return all(operation, { Filter: { ParentHandshakeId: parentId } }, reader(), 'Handshakes');
  }

  async function restart() { tokens = [undefined]; index = 0; signature = ''; await ctx.guard(load()); }
  async function go(step) { index += step; signature = ''; await ctx.guard(load()); }

  function render() {
    if (!shown) return;
    const rows = [];
    for (const x of shown.items) {
      rows.push(row(x, false));
      for (const c of expanded.get(x.Id) || []) rows.push(row(c, true));
    }
    fill(table, rows.length ? rows : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No handshakes here.')));
    prev.disabled = index === 0;
    next.disabled = !shown.nextToken;
    el.querySelector('.pageno').textContent = `page ${index + 1}`;
    note.textContent = state.value ? `(read ${shown.scanned} to find these)` : '';
  }

  function row(x, child) {
    const open = x.State === 'OPEN' || x.State === 'REQUESTED';
    // The process's parent is the ENABLE_ALL_FEATURES handshake that names no parent handshake.
    const isParent = !child && x.Action === 'ENABLE_ALL_FEATURES'
      && !(x.Resources || []).some(r => r.Type === 'PARENT_HANDSHAKE');
    const buttons = [];
    if (isParent) {
      buttons.push(h('button', { type: 'button', onclick: () => toggle(x.Id) },
        expanded.has(x.Id) ? 'hide requests' : 'show requests'));
    }
    if (open) {
      buttons.push(
        h('button', { type: 'button', onclick: () => act('AcceptHandshake', x.Id) }, 'accept'),
        h('button', { type: 'button', onclick: () => act('DeclineHandshake', x.Id) }, 'decline'),
        h('button', { type: 'button', class: 'danger', onclick: () => act('CancelHandshake', x.Id) }, 'cancel'));
    }
    return h('tr', { class: child ? 'child' : '', dataset: { id: x.Id, state: x.State, action: x.Action } },
      h('td', { class: 'mono', title: x.Arn }, x.Id),
      h('td', {}, x.Action),
      h('td', {}, chip(x.State)),
      h('td', { class: 'mono' }, (x.Parties || []).map(p => p.Id).join(' → ')),
      h('td', {}, when(x.RequestedTimestamp)),
      h('td', {}, when(x.ExpirationTimestamp)),
      h('td', { class: 'left' + (open && x.ExpirationTimestamp * 1000 - ctx.now() < 86_400_000 ? ' left-warn' : '') },
        open ? timeLeft(x.ExpirationTimestamp, ctx.now()) : ''),
      h('td', {}, buttons));
  }

  async function toggle(id) {
    if (expanded.has(id)) expanded.delete(id);
    else expanded.set(id, await ctx.guard(children(id)) || []);
    signature = '';
    await ctx.guard(load());
  }

  async function act(op, id) {
    if (await ctx.act(op, { HandshakeId: id })) await ctx.guard(load());
  }

  return { el, load, tick: render };
}
