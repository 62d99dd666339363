// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Runs a Node server script but forces every listening socket onto 127.0.0.1, so test peers that
// call app.listen(PORT) never listen on other interfaces.
// Usage: node loopback.mjs <script.js> [args...]
import http from 'node:http';
import { pathToFileURL } from 'node:url';

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
    if (args.length > 0 && args[0] !== null && typeof args[0] === 'object') {
        args[0] = { ...args[0], host: '127.0.0.1' };
    } else if (typeof args[1] !== 'string') {
        args.splice(1, 0, '127.0.0.1');
    } else {
        args[1] = '127.0.0.1';
    }
    return listen.apply(this, args);
};

const [node, , script, ...rest] = process.argv;
process.argv = [node, script, ...rest];
await import(pathToFileURL(script).href);
