// Talking to orgd: the AWS API (JSON 1.1 on POST /, as any SDK) and the control plane (/_orgd/*).
// Without authentication (orgd's default) the access key id of the SigV4 credential names the
// account and nothing is checked, so the console sends a credential for the chosen account and no
// real signature. With --auth sigv4 the control plane wants the admin token and every AWS call must
// be signed with a configured key: the user gives both once (kept in this tab's sessionStorage).
import { sign } from './sigv4.js';

const STORE_KEY = 'orgd-console-auth';
const auth = JSON.parse(sessionStorage.getItem(STORE_KEY) || '{"token":null,"keys":[]}');

export function authSettings() { return auth; }

export function saveAuth(token, keysText) {
  auth.token = token || null;
  auth.keys = keysText.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'))
    .map(l => l.split(/\s+/)).filter(f => f.length === 3)
    .map(([accessKeyId, secret, account]) => ({ accessKeyId, secret, account }));
  auth.signed = true;
  sessionStorage.setItem(STORE_KEY, JSON.stringify(auth));
}

/** An AWS error, as an SDK would show it: name (__type), message and Reason. */
export class AwsError extends Error {
  constructor(type, message, reason, status) {
    super(message || type);
    this.type = type; this.reason = reason; this.status = status;
  }
  toString() { return `${this.type}${this.reason ? ' (' + this.reason + ')' : ''}: ${this.message}`; }
}

/** A control-plane refusal: its HTTP status and error text. */
export class ControlError extends Error {
  constructor(status, message) { super(message); this.status = status; }
  toString() { return `control plane ${this.status}: ${this.message}`; }
}

/** Calls an Organizations operation as `account`; resolves to the output, rejects with AwsError. */
export async function aws(operation, input, account) {
  const body = JSON.stringify(input || {});
  const headers = {
    'Content-Type': 'application/x-amz-json-1.1',
    'X-Amz-Target': 'AWSOrganizationsV20161128.' + operation,
  };
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  headers['X-Amz-Date'] = date;
  const key = auth.signed ? auth.keys.find(k => k.account === account) : null;
  if (auth.signed && !key) {
    throw new AwsError('ConsoleNoKey', `no key for account ${account}: add one under "Sign in"`);
  }
  if (key) {
    headers.Authorization = await sign({ method: 'POST', host: location.host, path: '/', headers,
      body, date, accessKeyId: key.accessKeyId, secret: key.secret });
  } else {
    // Authentication off: only the credential's access key id is read (the account id).
    headers.Authorization = `AWS4-HMAC-SHA256 Credential=${account || '000000000000'}/`
      + `${date.slice(0, 8)}/us-east-1/organizations/aws4_request, `
      + 'SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=unsigned';
  }
  const response = await fetch('/', { method: 'POST', headers, body });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const type = String(json.__type || 'HTTP ' + response.status).split('#').pop();
    throw new AwsError(type, json.message || json.Message, json.Reason, response.status);
  }
  return json;
}

/** Whether an error says that orgd does not have the operation (yet). */
export function isUnknownOperation(e) {
  return e instanceof AwsError && e.type === 'UnknownOperationException';
}

/** Calls a control-plane route; resolves to its JSON, rejects with ControlError. */
export async function control(method, path, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (auth.token) headers.Authorization = 'Bearer ' + auth.token;
  const response = await fetch('/_orgd/' + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch { json = { error: text }; }
  if (!response.ok) throw new ControlError(response.status, json.error || json.message || text);
  return json;
}

/** Every page of a list operation, following NextToken (for the small lists: tags, services). */
export async function all(operation, input, account, member) {
  const items = [];
  let token;
  do {
    const out = await aws(operation, { ...input, ...(token ? { NextToken: token } : {}) }, account);
    items.push(...(out[member] || []));
    token = out.NextToken;
  } while (token);
  return items;
}
