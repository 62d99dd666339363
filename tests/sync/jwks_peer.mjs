// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// A stand-in OpenID issuer for the sync tests: one RS256 key, its JWKS at /jwks, and ID tokens
// minted on request at /token?sub=<subject>[&ttl=<seconds>] (loopback only, tests only). Prints
// {"event":"ready","port":N,"issuer":"http://127.0.0.1:N"} when listening; exits when stdin closes.
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const peers = process.env.HARNESS_TEST_PEERS || join(dirname(fileURLToPath(import.meta.url)), '..', 'peers');
const require = createRequire(join(peers, 'package.json'));
const jose = await import(pathToFileURL(require.resolve('jose')).href);

const { privateKey, publicKey } = await jose.generateKeyPair('RS256', { extractable: true });
const kid = `sync-test-${Date.now()}`;
const jwk = { ...(await jose.exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
let issuer = '';

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/jwks') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
    return;
  }
  if (url.pathname === '/token') {
    const sub = url.searchParams.get('sub');
    const ttl = Number(url.searchParams.get('ttl') ?? 3600);
    if (!sub) {
      res.writeHead(400).end('sub missing');
      return;
    }
    const token = await new jose.SignJWT({ email: `${sub}@example.test` })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(issuer)
      .setSubject(sub)
      .setAudience(url.searchParams.get('aud') ?? 'harness-desktop')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
      .sign(privateKey);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(token);
    return;
  }
  res.writeHead(404).end();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  issuer = `http://127.0.0.1:${port}`;
  process.stdout.write(JSON.stringify({ event: 'ready', port, issuer }) + '\n');
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
