// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// A scripted MCP server over stdio (plain JSON-RPC, no SDK) for client behaviour the reference
// servers do not show: paginated tools/list, list_changed, server-to-client ping and roots/list,
// log notifications, messages split across writes or sharing one write, stdout noise, version
// negotiation (PEER_VERSION), and a record of notifications/cancelled.
import readline from 'node:readline';

const out = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
const tools = ['echo', 'client-info', 'ask-client', 'add-tool', 'log', 'split', 'hang', 'cancelled-ids']
    .map((name) => ({ name, description: `scripted ${name}`, inputSchema: { type: 'object' } }));
const pageSize = 3;
let initParams = null;
const cancelled = [];
const waiting = new Map(); // our request id -> resolve
let nextId = 1;

function ask(method, params) {
    const id = `srv-${nextId++}`;
    out({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
    return new Promise((resolve) => waiting.set(id, resolve));
}
const text = (t) => ({ content: [{ type: 'text', text: t }] });

async function callTool(name, args) {
    switch (name) {
    case 'echo': return text(`Echo: ${args.message}`);
    case 'client-info': return text(JSON.stringify(initParams));
    case 'ask-client': {
        const ping = await ask('ping');
        const roots = await ask('roots/list');
        const unknown = await ask('sampling/createMessage', { messages: [], maxTokens: 1 });
        return text(JSON.stringify({ ping, roots, unknown }));
    }
    case 'add-tool':
        tools.push({ name: 'added-later', description: 'added', inputSchema: { type: 'object' } });
        out({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' });
        return text('added');
    case 'log':
        out({ jsonrpc: '2.0', method: 'notifications/message',
              params: { level: 'warning', logger: 'scripted', data: { detail: 'disk almost full' } } });
        return text('logged');
    case 'hang': return new Promise(() => {});
    case 'cancelled-ids': return text(JSON.stringify(cancelled));
    default: return null;
    }
}

async function handle(msg) {
    if (msg.id !== undefined && msg.method === undefined) { // a response to our request
        waiting.get(msg.id)?.(msg.result ?? { error: msg.error });
        waiting.delete(msg.id);
        return;
    }
    switch (msg.method) {
    case 'initialize':
        initParams = msg.params;
        out({ jsonrpc: '2.0', id: msg.id, result: {
            protocolVersion: process.env.PEER_VERSION || msg.params.protocolVersion,
            capabilities: { tools: { listChanged: true }, logging: {} },
            serverInfo: { name: 'scripted', version: '1.0.0' }, instructions: 'Be nice.' } });
        return;
    case 'notifications/cancelled':
        cancelled.push(msg.params.requestId);
        return;
    case 'tools/list': {
        const start = msg.params?.cursor ? Number(msg.params.cursor) : 0;
        const page = tools.slice(start, start + pageSize);
        const result = { tools: page };
        if (start + pageSize < tools.length) result.nextCursor = String(start + pageSize);
        out({ jsonrpc: '2.0', id: msg.id, result });
        return;
    }
    case 'tools/call': {
        if (msg.params.name === 'split') {
            const note = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message',
                                          params: { level: 'info', data: 'before split' } });
            const reply = JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: text('split ok \u00e9\u6587') });
            const bytes = Buffer.from(note + '\n' + reply + '\n');
            const cut = bytes.length - 12; // inside the multi-byte characters near the end
            process.stdout.write(bytes.subarray(0, cut));
            setTimeout(() => process.stdout.write(bytes.subarray(cut)), 50);
            return;
        }
        const result = await callTool(msg.params.name, msg.params.arguments ?? {});
        if (result) out({ jsonrpc: '2.0', id: msg.id, result });
        else out({ jsonrpc: '2.0', id: msg.id, error: { code: -32602, message: `Unknown tool: ${msg.params.name}` } });
        return;
    }
    default:
        if (msg.id !== undefined)
            out({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
    }
}

process.stdout.write('this line is not JSON-RPC\n');
process.stderr.write('scripted peer started\n');
// PEER_STUBBORN=1: ignore stdin closing and SIGTERM, so only SIGKILL ends the process.
const stubborn = process.env.PEER_STUBBORN === '1';
if (stubborn) {
    process.on('SIGTERM', () => process.stderr.write('ignoring SIGTERM\n'));
    setInterval(() => {}, 1000);
}
readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim()) handle(JSON.parse(line));
}).on('close', () => { if (!stubborn) process.exit(0); });
