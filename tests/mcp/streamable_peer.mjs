// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// A small spec-following Streamable HTTP MCP server built on the official SDK, for behaviour
// server-everything does not show: 404 for unknown sessions (expiry), closing a response stream
// early so the client must resume it with Last-Event-ID after `retry`.
// Listens on 127.0.0.1 on a free port and prints "listening on port N".
// Routes: POST/GET/DELETE /mcp, POST /expire (forget all sessions).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(`${process.env.HARNESS_TEST_PEERS}/package.json`);
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StreamableHTTPServerTransport } = require('@modelcontextprotocol/sdk/server/streamableHttp.js');
const { z } = require('zod');

class MemoryEventStore {
    events = new Map();
    async storeEvent(streamId, message) {
        const id = `${streamId}_${randomUUID()}`;
        this.events.set(id, { streamId, message });
        return id;
    }
    async getStreamIdForEventId(eventId) {
        return this.events.get(eventId)?.streamId;
    }
    async replayEventsAfter(lastEventId, { send }) {
        const entry = this.events.get(lastEventId);
        if (!entry) return '';
        let after = false;
        for (const [id, { streamId, message }] of this.events) {
            if (id === lastEventId) { after = true; continue; }
            if (after && streamId === entry.streamId && Object.keys(message).length > 0) await send(id, message);
        }
        return entry.streamId;
    }
}

function makeServer() {
    const server = new McpServer({ name: 'harness-test-peer', version: '1.0.0' }, { capabilities: { logging: {} } });
    server.registerTool('echo', { description: 'Echoes the message', inputSchema: { message: z.string() } },
        async ({ message }) => ({ content: [{ type: 'text', text: `Echo: ${message}` }] }));
    server.registerTool('echo-after-disconnect',
        { description: 'Closes the response stream, then answers', inputSchema: { message: z.string() } },
        async ({ message }, extra) => {
            extra.closeSSEStream?.();
            await new Promise((resolve) => setTimeout(resolve, 300));
            return { content: [{ type: 'text', text: `Resumed: ${message}` }] };
        });
    server.registerTool('reset-server-stream',
        { description: 'Closes the GET stream, then announces a new tool on it', inputSchema: {} },
        async (_args, extra) => {
            await server.server.sendLoggingMessage({ level: 'info', data: 'closing the server stream' });
            await new Promise((resolve) => setTimeout(resolve, 100));
            extra.closeStandaloneSSEStream?.();
            setTimeout(() => {
                server.registerTool('after-reconnect', { description: 'Added after the GET stream came back', inputSchema: {} },
                    async () => ({ content: [{ type: 'text', text: 'still connected' }] }));
            }, 100);
            return { content: [{ type: 'text', text: 'stream closed' }] };
        });
    return server;
}

const sessions = new Map();
const httpServer = http.createServer(async (req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (path === '/expire') {
        const all = [...sessions.values()];
        sessions.clear();
        for (const t of all) await t.close();
        console.log(`expired ${all.length} session(s)`);
        res.writeHead(200).end('ok');
        return;
    }
    if (path !== '/mcp') { res.writeHead(404).end(); return; }
    const lastEventId = req.headers['last-event-id'];
    console.log(`${req.method} /mcp session=${req.headers['mcp-session-id'] ?? '-'} version=${req.headers['mcp-protocol-version'] ?? '-'} last-event-id=${lastEventId ?? '-'} authorization=${req.headers.authorization ?? '-'}`);
    const sid = req.headers['mcp-session-id'];
    if (sid) {
        const transport = sessions.get(sid);
        if (!transport) { res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null })); return; }
        await transport.handleRequest(req, res);
        return;
    }
    if (req.method !== 'POST') { res.writeHead(400).end(); return; }
    const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        eventStore: new MemoryEventStore(),
        retryInterval: 200,
        onsessioninitialized: (id) => { sessions.set(id, transport); console.log(`session ${id}`); },
    });
    transport.onclose = () => { if (transport.sessionId) sessions.delete(transport.sessionId); };
    await makeServer().connect(transport);
    await transport.handleRequest(req, res);
});
httpServer.listen(0, '127.0.0.1', () => console.log(`listening on port ${httpServer.address().port}`));
