// The orgd console: a hash router over three views (organizations, one organization, what one
// account received), the control panel (clock, reset, accounts, quotas) and a poll that follows
// what other clients change. Everything goes through orgd's AWS API and control plane on this origin.
import { aws, control, authSettings, saveAuth, AwsError, ControlError } from './api.js';
import { h, fill, chip, when, form } from './dom.js';
import { handshakePanel } from './handshakes.js';
import { organizationView } from './org.js';

const POLL_MS = 2000;
const $ = id => document.getElementById(id);
const view = $('view');
const actorInput = $('actor');
let clock = { now: Date.now() / 1000, frozen: false, at: Date.now() };
let current = null; // {refresh(), tick()}
let generation = 0;

// --- messages ---------------------------------------------------------------------------------------
function message(kind, text) {
  const m = h('div', { class: 'msg ' + kind }, h('span', {}, text),
    h('button', { type: 'button', 'aria-label': 'dismiss', onclick: () => m.remove() }, '×'));
  $('messages').prepend(m);
  while ($('messages').children.length > 4) $('messages').lastChild.remove();
  if (kind === 'info') setTimeout(() => m.remove(), 5000);
}
const showError = e => message('error', e instanceof AwsError || e instanceof ControlError ? e.toString() : String(e));

/** Runs a promise, showing its failure; resolves to its value or undefined. */
async function guard(promise) {
  try { return await promise; } catch (e) { showError(e); return undefined; }
}

// --- the acting account -----------------------------------------------------------------------------
const known = new Set();
function rememberAccount(id) {
  if (id && !known.has(id)) { known.add(id); $('known-accounts').append(h('option', { value: id })); }
}
function actor() { return actorInput.value.trim(); }
function setActor(id) {
  actorInput.value = id;
  sessionStorage.setItem('orgd-console-actor', id);
  for (const el of document.querySelectorAll('.actor-name')) el.textContent = id || '(choose an account)';
  $('inbox-link').href = '#/account/' + id;
}
actorInput.addEventListener('change', () => setActor(actor()));
$('actor-form').addEventListener('submit', e => { e.preventDefault(); setActor(actor()); });

/** Calls an operation as the acting account; shows the outcome; resolves to whether it succeeded. */
async function act(operation, input) {
  try {
    const out = await aws(operation, input, actor());
    const status = out.CreateAccountStatus;
    if (status && status.State === 'FAILED') {
      message('error', `CreateAccount FAILED: ${status.FailureReason}`);
      return false;
    }
    message('info', `${operation} as ${actor()}: done`);
    return true;
  } catch (e) {
    message('error', `${operation} as ${actor() || '(no account)'} refused: ${e}`);
    return false;
  }
}

const ctx = { actor, setActor, act, guard, known: rememberAccount, now: orgdNow };

// --- orgd's clock -----------------------------------------------------------------------------------
function orgdNow() {
  return clock.frozen ? clock.now * 1000 : clock.now * 1000 + (Date.now() - clock.at);
}
async function readClock() {
  const c = await control('GET', 'clock');
  clock = { ...c, at: Date.now() };
  renderClock();
}
function renderClock() {
  fill($('clock'), 'orgd time ', h('strong', { class: clock.frozen ? 'frozen' : '' },
    new Date(orgdNow()).toISOString().slice(0, 19).replace('T', ' ') + 'Z'), clock.frozen ? ' (frozen)' : '');
}

async function changeClock(body) {
  if (await guard(control('POST', 'clock', body))) {
    message('info', 'clock changed');
    await refreshAll();
  }
}

function controlPanel() {
  const field = (name, placeholder) => h('input', { name, placeholder, 'aria-label': placeholder });
  const advance = field('advance', 'advance by (ISO, e.g. P15DT1S)');
  const setTo = field('set', 'set to (2030-01-01T00:00:00Z)');
  return [
    h('section', { id: 'clock-panel' }, h('h2', {}, 'Clock'),
      h('div', { class: 'row' }, ['PT1H', 'P1D', 'P15DT1S', 'P90D'].map(d =>
        h('button', { type: 'button', onclick: () => changeClock({ advance: d }) }, '+' + d.slice(1).replace('T', '')))),
      h('form', { id: 'advance-form', onsubmit: e => { e.preventDefault(); changeClock({ advance: advance.value.trim() }); } },
        advance),
      h('form', { id: 'set-form', onsubmit: e => { e.preventDefault(); changeClock({ set: setTo.value.trim() }); } }, setTo),
      h('div', { class: 'row' },
        h('button', { type: 'button', onclick: () => changeClock({ freeze: true }) }, 'Freeze'),
        h('button', { type: 'button', onclick: () => changeClock({ freeze: false }) }, 'Release'))),
    h('section', {}, h('h2', {}, 'Register an account'),
      form('register-form', [{ name: 'AccountId', placeholder: 'account id', required: true },
        { name: 'Email', placeholder: 'email' }, { name: 'Name', placeholder: 'name' }], 'Register',
      async v => !!await guard(control('POST', 'accounts', compact(v)).then(() => {
        message('info', 'registered account ' + v.AccountId);
        return true;
      })))),
    h('section', {}, h('h2', {}, 'Account quota'),
      form('quota-form', [{ name: 'OrganizationId', placeholder: 'o-…', required: true },
        { name: 'MaxAccounts', placeholder: 'max accounts', type: 'number', required: true }], 'Set quota',
      async v => !!await guard(control('POST', 'quotas', { OrganizationId: v.OrganizationId, MaxAccounts: Number(v.MaxAccounts) })
        .then(() => { message('info', 'quota set'); return refreshAll(); }).then(() => true)))),
    authSettings().signed ? h('section', { id: 'keys-panel' }, h('h2', {}, 'Signed in'),
      h('p', { class: 'muted' }, `keys for ${authSettings().keys.map(k => k.account).join(', ') || 'no account'}`),
      h('button', { type: 'button', onclick: () => signIn('Change the admin token or the keys.') }, 'Change token or keys'))
      : null,
    h('section', {}, h('h2', {}, 'Reset'),
      h('button', { type: 'button', class: 'danger', id: 'reset', onclick: async () => {
        if (confirm('Forget every organization, account and handshake?') && await guard(control('POST', 'reset'))) {
          message('info', 'orgd was reset');
          location.hash = '#/';
          await refreshAll();
        }
      } }, 'Reset orgd')),
  ];
}
const compact = o => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''));

// --- views --------------------------------------------------------------------------------------------
async function homeView() {
  const body = h('tbody');
  const find = h('input', { id: 'find', placeholder: 'find: organization id, account id, feature set',
    'aria-label': 'find', size: 40, oninput: () => render() });
  const found = h('div', { id: 'found' });
  const moreButton = h('button', { type: 'button', id: 'more-orgs', hidden: true, onclick: () => guard(more()) },
    'more organizations…');
  let orgs = [];
  let next;
  let signature = '';

  async function load() {
    const page = await control('GET', 'organizations');
    const sig = JSON.stringify(page);
    if (sig === signature) return;
    signature = sig;
    orgs = page.Organizations;
    next = page.NextAfter;
    orgs.forEach(o => rememberAccount(o.MasterAccountId));
    render();
  }
  async function more() {
    const page = await control('GET', 'organizations?After=' + next);
    orgs = orgs.concat(page.Organizations);
    next = page.NextAfter;
    render();
  }
  function render() {
    const q = find.value.trim().toLowerCase();
    const shown = orgs.filter(o => !q || [o.Id, o.MasterAccountId, o.FeatureSet].some(v => v.toLowerCase().includes(q)));
    fill(body, shown.length ? shown.map(o => h('tr', { dataset: { id: o.Id } },
      h('td', {}, h('a', { class: 'mono', href: '#/org/' + o.Id }, o.Id)),
      h('td', {}, h('a', { class: 'mono', href: '#/account/' + o.MasterAccountId }, o.MasterAccountId)),
      h('td', {}, h('span', { class: 'chip' }, o.FeatureSet)),
      h('td', {}, `${o.Accounts} / ${o.MaxAccounts}`), h('td', {}, o.OrganizationalUnits), h('td', {}, o.OpenHandshakes)))
      : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, orgs.length ? 'No organization matches.' : 'No organizations yet.')));
    fill(found, /^\d{12}$/.test(q) ? h('p', {}, 'Account ', h('a', { class: 'mono', href: '#/account/' + q }, q),
      ': see what it received and which organization it is in.') : null);
    moreButton.hidden = !next;
  }

  const el = h('div', { id: 'home' },
    h('section', {}, h('h1', {}, 'Organizations'), find, found,
      h('table', { id: 'orgs' }, h('thead', {}, h('tr', {}, ['Organization', 'Management account', 'Feature set',
        'Accounts / quota', 'OUs', 'Open handshakes'].map(c => h('th', {}, c)))), body),
      moreButton),
    h('section', {}, h('h2', {}, 'Create an organization as ', h('span', { class: 'mono actor-name' })),
      form('create-org-form', [{ name: 'FeatureSet', placeholder: 'feature set', options: ['ALL', 'CONSOLIDATED_BILLING'] }],
        'Create organization', async v => { if (await act('CreateOrganization', v)) await load(); })));
  await load();
  return { el, refresh: load, tick() {}, title: null };
}

async function accountView(id) {
  if (actor() !== id) setActor(id);
  rememberAccount(id);
  const orgLine = h('p', { id: 'account-org' });
  const hs = handshakePanel('ListHandshakesForAccount', () => id, ctx, 'Handshakes received');
  async function describe() {
    try {
      const o = (await aws('DescribeOrganization', {}, id)).Organization;
      fill(orgLine, 'Member of ', h('a', { class: 'mono', href: '#/org/' + o.Id }, o.Id),
        ` (managed by ${o.MasterAccountId}, ${o.FeatureSet}).`);
    } catch (e) {
      fill(orgLine, e.type === 'AWSOrganizationsNotInUseException' ? 'Not in an organization.' : String(e));
    }
  }
  await Promise.all([describe(), hs.load()]);
  const el = h('div', { id: 'account' }, h('section', {}, h('h1', {}, 'Account ', h('span', { class: 'mono' }, id)), orgLine,
    h('p', { class: 'muted' }, 'Acting as this account: accept or decline what it received.')), hs.el);
  return { el, refresh: () => Promise.all([describe(), hs.load()]), tick: hs.tick, title: id };
}

// --- routing, signing in and polling -----------------------------------------------------------------
async function route() {
  const mine = ++generation;
  const [, kind, id] = location.hash.split('/');
  fill($('crumbs'), h('a', { href: '#/' }, 'organizations'));
  try {
    const next = kind === 'org' ? await organizationView(id, ctx)
      : kind === 'account' ? await accountView(id) : await homeView();
    if (mine !== generation) return;
    current = next;
    if (next.title) $('crumbs').append(' / ', h('span', { class: 'mono' }, next.title));
    fill(view, next.el);
    setActor(actor());
    performance.mark('orgd-view-ready');
    document.body.dataset.ready = kind || 'home';
  } catch (e) {
    if (mine !== generation) return;
    current = null;
    fill(view, h('section', {}, h('h1', {}, 'Cannot show this'), h('p', { class: 'left-bad' }, String(e)),
      h('a', { href: '#/' }, 'back to the organizations')));
  }
}

async function refreshAll() {
  await guard(Promise.all([readClock(), current ? current.refresh() : null]));
}

function signIn(why) {
  const auth = authSettings();
  const token = h('input', { name: 'token', type: 'password', placeholder: 'admin token', 'aria-label': 'admin token', size: 40 });
  const keys = h('textarea', { name: 'keys', rows: 5, cols: 70, 'aria-label': 'keys',
    placeholder: '<access key id> <secret access key> <account id>' });
  keys.value = auth.keys.map(k => `${k.accessKeyId} ${k.secret} ${k.account}`).join('\n');
  fill(view, h('section', { id: 'sign-in' }, h('h1', {}, 'Sign in'), h('p', {}, why),
    h('p', { class: 'muted' }, 'orgd runs with --auth sigv4: the control plane needs the admin token, and the console '
      + 'signs each AWS call with the key of the account it acts as (one a line, as in the credentials file). '
      + 'Both stay in this browser tab.'),
    h('form', { onsubmit: e => { e.preventDefault(); saveAuth(token.value.trim(), keys.value); start(); } },
      h('p', {}, token), h('p', {}, keys), h('button', { class: 'primary' }, 'Sign in'))));
}

async function start() {
  try {
    await readClock();
  } catch (e) {
    if (e instanceof ControlError && e.status === 401) return signIn('The admin token is missing or wrong.');
    return fill(view, h('p', { class: 'left-bad' }, String(e)));
  }
  fill($('control'), controlPanel());
  setActor(sessionStorage.getItem('orgd-console-actor') || '');
  await route();
}

window.addEventListener('hashchange', route);
setInterval(() => { renderClock(); if (current) current.tick(); }, 1000);
setInterval(() => { if (!document.hidden && current) refreshAll(); }, POLL_MS);
start();
