// One organization, read as its management account through the AWS API: the OU tree (root, OUs,
// accounts with their state, a page at a time), the selected node's tags and policies, delegated
// administrators, trusted services, the actions a chosen account can take, and its handshakes.
import { aws, all, control, isUnknownOperation } from './api.js';
import { h, fill, chip, when, form } from './dom.js';
import { handshakePanel } from './handshakes.js';

const PAGE = 20;
// The policy types to ask ListPoliciesForTarget about when the root enables none (the API needs one).
const DEFAULT_POLICY_TYPES = ['SERVICE_CONTROL_POLICY'];
const EFFECTIVE_TYPES = new Set(['TAG_POLICY', 'BACKUP_POLICY', 'AISERVICES_OPT_OUT_POLICY', 'CHATBOT_POLICY',
  'DECLARATIVE_POLICY_EC2', 'SECURITYHUB_POLICY', 'INSPECTOR_POLICY', 'UPGRADE_ROLLOUT_POLICY', 'BEDROCK_POLICY',
  'S3_POLICY', 'NETWORK_SECURITY_DIRECTOR_POLICY']);

export async function organizationView(id, ctx) {
  const listed = await control('GET', 'organizations?Id=' + encodeURIComponent(id));
  let org = listed.Organizations[0];
  const mgmt = org.MasterAccountId;
  const read = (op, input) => aws(op, input, mgmt);
  // Opening an organization acts as its management account until the user chooses another.
  ctx.setActor(mgmt);
  ctx.known(mgmt);

  const nodes = new Map(); // id -> {id, kind, name, parent, expanded, ous, accounts, ouToken, accToken, state}
  let selected = null;
  let root = null;
  const header = h('section', { id: 'org-header' });
  const treeEl = h('ul', { class: 'tree top', id: 'tree' });
  const details = h('section', { id: 'details' });
  const admins = h('section', { id: 'delegated' });
  const services = h('section', { id: 'services' });
  const hs = handshakePanel('ListHandshakesForOrganization', () => mgmt, ctx, 'Handshakes sent');

  function renderHeader() {
    fill(header,
      h('h1', {}, 'Organization ', h('span', { class: 'mono' }, org.Id), ' ', h('span', { class: 'chip' }, org.FeatureSet)),
      h('div', {}, 'Management account ', h('a', { class: 'mono', href: '#/account/' + mgmt }, mgmt),
        ` · ${org.Accounts} accounts (quota ${org.MaxAccounts}) · ${org.OrganizationalUnits} OUs · `
        + `${org.OpenHandshakes} open handshakes · `, h('span', { class: 'mono muted' }, org.Arn)));
  }

  // --- the tree -----------------------------------------------------------------------------------
  async function loadChildren(node, more) {
    const [ous, accounts] = await Promise.all([
      more === 'accounts' ? null : read('ListOrganizationalUnitsForParent',
        { ParentId: node.id, MaxResults: PAGE, ...(more === 'ous' ? { NextToken: node.ouToken } : {}) }),
      more === 'ous' ? null : read('ListAccountsForParent',
        { ParentId: node.id, MaxResults: PAGE, ...(more === 'accounts' ? { NextToken: node.accToken } : {}) }),
    ]);
    if (ous) {
      const list = ous.OrganizationalUnits.map(o => remember(o.Id, 'ou', o.Name, node.id));
      [node.ous, node.ouToken] = merge(node.ous, node.ouToken, list, ous.NextToken, more);
    }
    if (accounts) {
      const list = accounts.Accounts.map(a => {
        ctx.known(a.Id);
        return Object.assign(remember(a.Id, 'account', a.Name, node.id), { state: a.State || a.Status, email: a.Email });
      });
      [node.accounts, node.accToken] = merge(node.accounts, node.accToken, list, accounts.NextToken, more);
    }
  }

  // A further page appends; a refresh (more: 'refresh') replaces the first page and keeps the
  // further pages the user opened, with their token; a first load replaces everything.
  function merge(old, oldToken, page, token, more) {
    if (more === 'ous' || more === 'accounts') return [[...old, ...page], token];
    if (more === 'refresh' && old.length > PAGE) {
      const ids = new Set(page.map(n => n.id));
      return [[...page, ...old.slice(PAGE).filter(n => !ids.has(n.id))], oldToken];
    }
    return [page, token];
  }

  function remember(nid, kind, name, parent) {
    const node = nodes.get(nid) || { id: nid, kind, ous: [], accounts: [], expanded: false };
    Object.assign(node, { name, parent });
    nodes.set(nid, node);
    return node;
  }

  function renderTree() {
    fill(treeEl, item(root));
  }

  function item(node) {
    const hasKids = node.kind !== 'account';
    const twisty = hasKids
      ? h('span', { class: 'twisty', onclick: () => ctx.guard(expand(node)) }, node.expanded ? '▾' : '▸')
      : h('span', { class: 'twisty' });
    const label = h('span', { class: 'node' + (selected === node ? ' selected' : ''), dataset: { id: node.id },
      onclick: () => ctx.guard(select(node)) },
      h('span', { class: 'kind' }, node.kind === 'ou' ? 'OU' : node.kind === 'root' ? 'Root' : 'Account'),
      node.name, ' ', h('span', { class: 'mono muted' }, node.id),
      node.state ? [' ', chip(node.state)] : null, node.id === mgmt ? h('span', { class: 'muted' }, ' (management)') : null);
    const li = h('li', {}, twisty, label);
    if (hasKids && node.expanded) {
      li.append(h('ul', { class: 'tree' },
        node.ous.map(item),
        node.ouToken ? h('li', {}, h('button', { type: 'button', onclick: () => more(node, 'ous') }, 'more OUs…')) : null,
        node.accounts.map(item),
        node.accToken ? h('li', {}, h('button', { type: 'button', onclick: () => more(node, 'accounts') },
          'more accounts…')) : null));
    }
    return li;
  }

  async function expand(node) {
    node.expanded = !node.expanded;
    if (node.expanded) await loadChildren(node);
    renderTree();
  }

  async function more(node, which) {
    await ctx.guard(loadChildren(node, which));
    renderTree();
  }

  // --- the selected node ----------------------------------------------------------------------------
  async function select(node) {
    selected = node;
    renderTree();
    fill(details, h('h2', {}, node.name), h('p', { class: 'muted' }, 'Loading…'));
    const [tags, policies, effective] = await Promise.all([
      read('ListTagsForResource', { ResourceId: node.id }).then(r => r.Tags, e => e),
      attachedPolicies(node.id),
      node.kind === 'account' ? effectivePolicies(node.id) : null,
    ]);
    if (selected !== node) return;
    const destinations = [...nodes.values()].filter(n => n.kind !== 'account' && n.id !== node.parent);
    fill(details,
      h('h2', {}, node.kind === 'account' ? 'Account ' : node.kind === 'ou' ? 'OU ' : 'Root ', node.name,
        ' ', h('span', { class: 'mono muted' }, node.id)),
      node.kind === 'account' ? h('div', {}, node.email, ' · ', chip(node.state), ' · ',
        h('a', { href: '#/account/' + node.id }, 'what it received'), ' · ',
        h('button', { type: 'button', onclick: () => ctx.setActor(node.id) }, 'act as this account')) : null,
      h('h3', {}, 'Tags'),
      tags instanceof Error ? h('p', { class: 'left-bad' }, String(tags))
        : tags.length ? h('table', {}, tags.map(t => h('tr', {}, h('td', { class: 'mono' }, t.Key), h('td', {}, t.Value))))
          : h('p', { class: 'muted' }, 'none'),
      h('div', { class: 'placeholder', id: 'policies' },
        h('h3', {}, 'Policies attached here'), policies,
        node.kind === 'account' ? [h('h3', {}, 'Effective policy'), effective] : null),
      node.kind === 'account' ? form('move-form', [{ name: 'to', placeholder: 'destination',
        options: destinations.map(n => ({ value: n.id, label: `${n.name} (${n.id})` })) }], 'Move account',
      v => act('MoveAccount', { AccountId: node.id, SourceParentId: node.parent, DestinationParentId: v.to })) : null,
      node.kind === 'root' || node.kind === 'ou' ? form('create-ou-form',
        [{ name: 'name', placeholder: 'new OU name', required: true }], 'Create OU here',
        v => act('CreateOrganizationalUnit', { ParentId: node.id, Name: v.name })) : null);
  }

  // Policies are not in orgd yet: asked through the documented API, "not available" while orgd
  // answers UnknownOperationException.
  async function attachedPolicies(target) {
    const types = root.policyTypes.length ? root.policyTypes : DEFAULT_POLICY_TYPES;
    try {
      const lists = await Promise.all(types.map(t =>
        all('ListPoliciesForTarget', { TargetId: target, Filter: t }, mgmt, 'Policies')));
      const policies = lists.flat();
      return policies.length
        ? h('ul', {}, policies.map(p => h('li', {}, h('span', { class: 'chip' }, p.Type), ' ', p.Name, ' ',
          h('span', { class: 'mono muted' }, p.Id), p.AwsManaged ? ' (AWS managed)' : '')))
        : h('p', { class: 'muted' }, 'none');
    } catch (e) {
      return isUnknownOperation(e) ? h('p', { class: 'muted na' }, 'not available: this orgd has no policies yet')
        : h('p', { class: 'left-bad' }, String(e));
    }
  }

  async function effectivePolicies(account) {
    const types = root.policyTypes.filter(t => EFFECTIVE_TYPES.has(t));
    try {
      const found = await Promise.all((types.length ? types : ['TAG_POLICY']).map(t =>
        aws('DescribeEffectivePolicy', { PolicyType: t, TargetId: account }, mgmt).then(r => r.EffectivePolicy,
          e => { if (e.type === 'EffectivePolicyNotFoundException') return null; throw e; })));
      const shown = found.filter(Boolean);
      return shown.length
        ? shown.map(p => h('div', {}, h('span', { class: 'chip' }, p.PolicyType), ' ', when(p.LastUpdatedTimestamp),
          h('pre', { class: 'mono' }, pretty(p.PolicyContent))))
        : h('p', { class: 'muted' }, 'none');
    } catch (e) {
      return isUnknownOperation(e) ? h('p', { class: 'muted na' }, 'not available: this orgd has no policies yet')
        : h('p', { class: 'left-bad' }, String(e));
    }
  }

  const pretty = text => { try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; } };

  // --- delegated administrators and trusted services -----------------------------------------------
  async function loadSide() {
    const [delegated, trusted] = await Promise.all([
      all('ListDelegatedAdministrators', {}, mgmt, 'DelegatedAdministrators').catch(e => e),
      all('ListAWSServiceAccessForOrganization', {}, mgmt, 'EnabledServicePrincipals').catch(e => e),
    ]);
    fill(admins, h('h2', {}, 'Delegated administrators'), delegated instanceof Error
      ? h('p', { class: 'muted' }, String(delegated))
      : delegated.length ? h('table', {}, delegated.map(d => h('tr', {}, h('td', { class: 'mono' }, d.Id),
        h('td', {}, d.Name), h('td', {}, when(d.DelegationEnabledDate))))) : h('p', { class: 'muted' }, 'none'));
    fill(services, h('h2', {}, 'Trusted services'), trusted instanceof Error
      ? h('p', { class: 'muted' }, String(trusted))
      : trusted.length ? h('table', {}, trusted.map(s => h('tr', {}, h('td', { class: 'mono' }, s.ServicePrincipal),
        h('td', {}, when(s.DateEnabled))))) : h('p', { class: 'muted' }, 'none'));
  }

  // --- acting -----------------------------------------------------------------------------------------
  async function act(op, input) {
    const ok = await ctx.act(op, input);
    if (ok) await refresh(true);
    return ok;
  }

  const actions = h('section', { id: 'actions' },
    h('h2', {}, 'Act as ', h('span', { class: 'mono actor-name' })),
    form('invite-form', [{ name: 'target', placeholder: 'account id or email', required: true },
      { name: 'notes', placeholder: 'notes' }], 'Invite',
    v => act('InviteAccountToOrganization', { Target: { Id: v.target, Type: v.target.includes('@') ? 'EMAIL' : 'ACCOUNT' },
      ...(v.notes ? { Notes: v.notes } : {}) })),
    form('create-account-form', [{ name: 'email', placeholder: 'email', required: true },
      { name: 'name', placeholder: 'account name', required: true }], 'Create account',
    v => act('CreateAccount', { Email: v.email, AccountName: v.name })),
    h('form', { class: 'inline' }, h('button', { type: 'button', onclick: () => act('EnableAllFeatures', {}) },
      'Enable all features'), h('span', { class: 'muted' }, ' OUs are created and accounts moved from the tree.')));

  // --- loading and following changes -----------------------------------------------------------------
  async function refresh(now) {
    const [again] = await Promise.all([
      control('GET', 'organizations?Id=' + encodeURIComponent(id)).then(r => r.Organizations[0]),
      reloadTree(), hs.load(), now ? loadSide() : null]);
    if (JSON.stringify(again) !== JSON.stringify(org)) { org = again; renderHeader(); }
  }

  async function reloadTree() {
    const before = JSON.stringify(treeShape(root));
    await Promise.all([...nodes.values()].filter(n => n.expanded).map(n => loadChildren(n, 'refresh')));
    if (JSON.stringify(treeShape(root)) !== before) renderTree();
  }

  const treeShape = n => [n.id, n.name, n.state, n.expanded && [n.ous.map(treeShape), n.accounts.map(treeShape)]];

  renderHeader();
  // The handshakes and the side panels need only the management account: they load while the
  // tree asks for its root.
  const rest = Promise.all([hs.load(), loadSide()]);
  const roots = await read('ListRoots', {});
  const r = roots.Roots[0];
  root = remember(r.Id, 'root', r.Name, null);
  root.policyTypes = (r.PolicyTypes || []).filter(p => p.Status === 'ENABLED').map(p => p.Type);
  root.expanded = true;
  await Promise.all([loadChildren(root), rest]);
  renderTree();

  const el = h('div', { id: 'org' }, header,
    h('div', { class: 'grid2' },
      h('section', { id: 'tree-section' }, h('h2', {}, 'Organizational units and accounts'), treeEl), details),
    actions, hs.el,
    h('div', { class: 'grid2' }, admins, services));
  fill(details, h('h2', {}, 'Select a node'), h('p', { class: 'muted' },
    'Click the root, an OU or an account for its tags, attached policies and (for an account) its effective policy.'));
  return { el, refresh: () => refresh(false), tick: hs.tick, title: org.Id };
}
