// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// An OAuth-protected Streamable HTTP MCP server built from the official SDK's parts: its
// authorization server router (metadata, dynamic client registration, PKCE authorization code,
// token) with the SDK's in-memory demo provider, which "signs in" at once and redirects back, and
// its bearer-auth middleware in front of /mcp (401 + WWW-Authenticate with resource_metadata).
// Listens on 127.0.0.1 on a free port and prints "listening on port N".
// GET /stats -> {authorizations, registrations, tokens}: how often a client really signed in.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(`${process.env.HARNESS_TEST_PEERS}/package.json`);
const express = require('express');
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StreamableHTTPServerTransport } = require('@modelcontextprotocol/sdk/server/streamableHttp.js');
const { mcpAuthRouter, getOAuthProtectedResourceMetadataUrl } = require('@modelcontextprotocol/sdk/server/auth/router.js');
const { requireBearerAuth } = require('@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js');
const { DemoInMemoryAuthProvider } = require('@modelcontextprotocol/sdk/examples/server/demoInMemoryOAuthProvider.js');

const stats = { authorizations: 0, registrations: 0, tokens: 0 };
const app = express();
const server = http.createServer(app);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = new URL(`http://127.0.0.1:${server.address().port}`);
const mcpUrl = new URL('/mcp', base);

const provider = new DemoInMemoryAuthProvider();
app.use((req, _res, next) => {
    if (req.path === '/authorize') stats.authorizations++;
    if (req.path === '/register' && req.method === 'POST') stats.registrations++;
    if (req.path === '/token' && req.method === 'POST') stats.tokens++;
    next();
});
app.get('/stats', (_req, res) => res.json(stats));
app.use(mcpAuthRouter({ provider, issuerUrl: base, resourceServerUrl: mcpUrl, scopesSupported: ['mcp:tools'] }));

const auth = requireBearerAuth({ verifier: provider, resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpUrl) });
const sessions = new Map();
app.all('/mcp', express.json(), auth, async (req, res) => {
    const id = req.headers['mcp-session-id'];
    let transport = id ? sessions.get(id) : undefined;
    if (!transport) {
        if (req.method !== 'POST' || req.body?.method !== 'initialize') {
            res.status(id ? 404 : 400).json({ jsonrpc: '2.0', error: { code: -32000, message: 'no session' }, id: null });
            return;
        }
        transport = new StreamableHTTPServerTransport({
            sessionIdGenerator: () => randomUUID(),
            onsessioninitialized: (sid) => sessions.set(sid, transport),
        });
        const mcp = new McpServer({ name: 'oauth-peer', version: '1.0.0' });
        mcp.registerTool('whoami', { description: 'Who the token belongs to', annotations: { readOnlyHint: true } },
            async (extra) => ({ content: [{ type: 'text', text: `client ${extra.authInfo?.clientId}` }] }));
        await mcp.connect(transport);
    }
    await transport.handleRequest(req, res, req.body);
});

console.log(`listening on port ${base.port}`);
