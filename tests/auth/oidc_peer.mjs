// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// A real OpenID provider (oidc-provider) on 127.0.0.1 for the sign-in tests, standing in for
// Clerk. Prints "OIDC_PEER_READY <issuer>" when it accepts requests; exits when stdin closes.
//
//   node oidc_peer.mjs [--alg RS256|ES256|EdDSA] [--ttl <seconds>] [--client-id <id>]
//                      [--profile-in-id-token yes|no]
//
// Test control (loopback only, never part of a real provider):
//   POST /__test/control {json}  merged into the control state below ({reset: true} clears it)
//   GET  /__test/stats           request counters (jwks, token, interactions, revocation, attackerJwks)
//   GET  /__test/attacker-jwks   keys of tokens forged with tamper "jku" (must never be fetched)
// Control state:
//   interaction: "approve" (default) | "deny"       what the user "does" in the browser
//   account: "alice"                               who signs in
//   discoveryIssuer: "<url>"                       discovery names another issuer
//   tamper: see tamperIdToken()                    rewrite ID tokens in token responses
//   substituteIdToken: "<jwt>"                     answer with this ID token instead
import http from 'node:http';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The pinned packages live in tests/peers (HARNESS_TEST_PEERS), not next to this script.
const peers = process.env.HARNESS_TEST_PEERS || join(dirname(fileURLToPath(import.meta.url)), '..', 'peers');
const require = createRequire(join(peers, 'package.json'));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);
const { default: Provider } = await load('oidc-provider');
const jose = await load('jose');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ''), all[i + 1]]] : pairs), []),
);
const signingAlg = args.alg ?? 'RS256';
const ttl = Number(args.ttl ?? 600);
const clientId = args['client-id'] ?? 'harness-test';
// --profile-in-id-token no: email and name only from the userinfo endpoint (strict OIDC default).
const profileInIdToken = (args['profile-in-id-token'] ?? 'yes') === 'yes';

const accounts = {
  alice: { sub: 'alice', email: 'alice@example.test', email_verified: true, name: 'Alice Example' },
  bob: { sub: 'bob', email: 'bob@example.test', email_verified: true, name: 'Bob Example' },
};

const keyAlgs = { RS256: 'RS256', ES256: 'ES256', EdDSA: 'Ed25519' };
async function makeKey(alg, kid) {
  const { privateKey, publicKey } = await jose.generateKeyPair(keyAlgs[alg] ?? alg, { extractable: true });
  const priv = { ...(await jose.exportJWK(privateKey)), kid, use: 'sig', alg };
  const pub = { ...(await jose.exportJWK(publicKey)), kid, use: 'sig', alg };
  return { privateKey, priv, pub };
}
const rand = () => crypto.randomBytes(6).toString('hex');
const signingKeys = {};
for (const alg of ['RS256', 'ES256', 'EdDSA']) signingKeys[alg] = await makeKey(alg, `${alg.toLowerCase()}-${rand()}`);

let control = {};
const stats = { jwks: 0, token: 0, interactions: 0, revocation: 0, attackerJwks: 0 };
const attackerKeys = [];
const extraPublicKeys = [];

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

async function resign(header, payload, key) {
  return new jose.SignJWT(payload).setProtectedHeader(header).sign(key);
}

async function tamperIdToken(token) {
  if (control.substituteIdToken) return control.substituteIdToken;
  const header = jose.decodeProtectedHeader(token);
  const payload = jose.decodeJwt(token);
  const own = Object.values(signingKeys).find((k) => k.priv.kid === header.kid);
  switch (control.tamper) {
    case 'signature': { // flip one bit of the signature
      const [h, p, s] = token.split('.');
      const sig = Buffer.from(s, 'base64url');
      sig[sig.length >> 1] ^= 0x01;
      return `${h}.${p}.${sig.toString('base64url')}`;
    }
    case 'payload': { // change a claim but keep the old signature
      const [, , s] = token.split('.');
      return `${b64(header)}.${b64({ ...payload, email: 'mallory@example.test' })}.${s}`;
    }
    case 'other-key': // same kid, a key the provider never published
      return resign(header, payload, (await makeKey(header.alg, header.kid)).privateKey);
    case 'unknown-kid':
      return resign({ ...header, kid: `unknown-${rand()}` }, payload, (await makeKey(header.alg, 'x')).privateKey);
    case 'rotate': { // a new key, published in the JWKS from now on (the client must refetch)
      const key = await makeKey(header.alg, `rotated-${rand()}`);
      extraPublicKeys.push(key.pub);
      return resign({ ...header, kid: key.pub.kid }, payload, key.privateKey);
    }
    case 'expired':
      return resign(header, { ...payload, iat: now() - 7200, exp: now() - 3600 }, own.privateKey);
    case 'future':
      return resign(header, { ...payload, iat: now() + 3600, exp: now() + 7200 }, own.privateKey);
    case 'issuer':
      return resign(header, { ...payload, iss: 'http://127.0.0.1:9/another-issuer' }, own.privateKey);
    case 'audience':
      return resign(header, { ...payload, aud: 'another-client', azp: undefined }, own.privateKey);
    case 'nonce':
      return resign(header, { ...payload, nonce: 'forged-nonce' }, own.privateKey);
    case 'jku': { // the token points at its own key set, as the web app's backend trusted (SSRF, forgery)
      const key = await makeKey(header.alg, `attacker-${rand()}`);
      attackerKeys.push(key.pub);
      return resign({ ...header, kid: key.pub.kid, jku: `${issuer}/__test/attacker-jwks` }, payload, key.privateKey);
    }
    case 'alg-none':
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    case 'hs256': { // HMAC keyed with the provider's public key: the classic algorithm confusion
      const secret = new TextEncoder().encode(JSON.stringify(own.pub));
      return resign({ alg: 'HS256', kid: header.kid }, payload, secret);
    }
    default:
      return token;
  }
}

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    application_type: 'native', // RFC 8252: any port on a loopback redirect URI
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    id_token_signed_response_alg: signingAlg,
  }],
  jwks: { keys: Object.values(signingKeys).map((k) => k.priv) },
  findAccount: async (_ctx, id) => accounts[id] && ({ accountId: id, claims: async () => accounts[id] }),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: !profileInIdToken, // by default email and name in the ID token, as Clerk does
  pkce: { required: () => true },
  ttl: { AccessToken: ttl, IdToken: ttl, RefreshToken: 3600, Grant: 3600, Session: 3600, Interaction: 600, AuthorizationCode: 60 },
  features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
});

provider.use(async (ctx, next) => {
  if (ctx.path === '/jwks') stats.jwks += 1;
  if (ctx.path === '/token') stats.token += 1;
  if (ctx.path === '/token/revocation') stats.revocation += 1;
  await next();
  if (ctx.path === '/.well-known/openid-configuration' && control.discoveryIssuer && ctx.body) {
    ctx.body = { ...ctx.body, issuer: control.discoveryIssuer };
  }
  if (ctx.path === '/jwks' && ctx.body?.keys && extraPublicKeys.length) {
    ctx.body = { keys: [...ctx.body.keys, ...extraPublicKeys] };
  }
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await tamperIdToken(ctx.body.id_token) };
  }
});

async function interaction(req, res) {
  stats.interactions += 1;
  const details = await provider.interactionDetails(req, res);
  const { prompt, params } = details;
  let result;
  if (control.interaction === 'deny') {
    result = { error: 'access_denied', error_description: 'The user denied the request' };
  } else if (prompt.name === 'login') {
    result = { login: { accountId: control.account ?? 'alice' } };
  } else {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    result = { consent: { grantId: await grant.save() } };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(data));
  });
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.url.startsWith('/interaction/')) return await interaction(req, res);
    if (req.url === '/__test/control' && req.method === 'POST') {
      const update = JSON.parse((await readBody(req)) || '{}');
      control = update.reset ? {} : { ...control, ...update };
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(control));
    }
    if (req.url === '/__test/attacker-jwks') {
      stats.attackerJwks += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ keys: attackerKeys }));
    }
    if (req.url === '/__test/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(stats));
    }
    return callback(req, res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error?.stack ?? error));
  }
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.stdout.write(`OIDC_PEER_READY ${issuer}\n`);
