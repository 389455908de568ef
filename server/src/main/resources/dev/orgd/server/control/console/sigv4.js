// AWS Signature Version 4 for one JSON 1.1 request, with the browser's WebCrypto (which needs a
// secure context: http://127.0.0.1 and http://localhost are; another host needs HTTPS in front).
const enc = new TextEncoder();
const hex = buf => [...new Uint8Array(buf)].map(b => b.toString(16).padStart(2, '0')).join('');
const sha256 = async text => hex(await crypto.subtle.digest('SHA-256', enc.encode(text)));
async function hmac(key, text) {
  const k = await crypto.subtle.importKey('raw', typeof key === 'string' ? enc.encode(key) : key,
    { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', k, enc.encode(text));
}

/** The Authorization header for a request to the organizations service in us-east-1. */
export async function sign({ method, host, path, headers, body, date, accessKeyId, secret }) {
  const region = 'us-east-1', service = 'organizations';
  const day = date.slice(0, 8);
  const signed = { host, ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) };
  const names = Object.keys(signed).sort();
  const canonical = [method, path, '', ...names.map(n => `${n}:${String(signed[n]).trim()}`), '',
    names.join(';'), await sha256(body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, await sha256(canonical)].join('\n');
  let key = await hmac('AWS4' + secret, day);
  for (const part of [region, service, 'aws4_request']) key = await hmac(key, part);
  const signature = hex(await hmac(key, toSign));
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, `
    + `Signature=${signature}`;
}
