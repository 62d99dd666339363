// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Node module-resolution hook: a bare import ("convex/server", "convex-test", "jose", "ws") that
// cannot be found from the importing file (convex/ and tests/convex/ have no node_modules) is
// resolved from tests/peers instead. Registered by backend.mts before it loads anything else.
const peersURL = new URL("../peers/package.json", import.meta.url).href;
const bare = /^(@[\w.-]+\/)?[\w.-]+(\/.*)?$/;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!bare.test(specifier) || specifier.startsWith("node:") || error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    return await nextResolve(specifier, { ...context, parentURL: peersURL });
  }
}
