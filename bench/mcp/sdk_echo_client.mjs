// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Baseline for bench_mcp_echo: the official TypeScript SDK client calls server-everything's echo
// tool N times (after a warm-up) and prints the round-trip times as JSON.
// Usage: node sdk_echo_client.mjs <peersDir> <calls> stdio <command> [args...]
//        node sdk_echo_client.mjs <peersDir> <calls> http <url>
import { createRequire } from 'node:module';

const [, , peersDir, callsArg, mode, ...rest] = process.argv;
const require = createRequire(`${peersDir}/package.json`);
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');

const client = new Client({ name: 'sdk-baseline', version: '1.0.0' });
let transport;
if (mode === 'stdio') {
    const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');
    transport = new StdioClientTransport({ command: rest[0], args: rest.slice(1), stderr: 'ignore' });
} else {
    const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');
    transport = new StreamableHTTPClientTransport(new URL(rest[0]));
}
await client.connect(transport);
const calls = Number(callsArg);
const warmup = Math.min(50, calls);
for (let i = 0; i < warmup; ++i)
    await client.callTool({ name: 'echo', arguments: { message: `warm ${i}` } });
const times = [];
for (let i = 0; i < calls; ++i) {
    const start = process.hrtime.bigint();
    await client.callTool({ name: 'echo', arguments: { message: `call ${i}` } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
await transport.terminateSession?.().catch(() => {});
await client.close();
process.stdout.write(JSON.stringify({ times }) + '\n');
