// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Runs the convex/ unit tests with the packages of tests/peers: neither convex/ nor tests/convex/
// has a node_modules of its own, so bare imports ("convex/server", "convex-test", "vitest", "jose",
// "ws") that Node's lookup cannot find from the importing file are resolved from tests/peers.
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const peers = resolve(here, "../peers");

// A plain object (the config file itself cannot import "vitest/config" from here).
export default {
  root: here,
  // Vite's cache stays out of the source tree.
  cacheDir: join(tmpdir(), "harness-convex-vite"),
  plugins: [
    {
      name: "harness-peers-resolve",
      enforce: "pre",
      async resolveId(source, importer, options) {
        if (!/^(@[\w.-]+\/)?[\w.-]+(\/.*)?$/.test(source) || source.startsWith("node:")) return null;
        if (importer && importer.includes("/node_modules/")) return null;
        return await this.resolve(source, resolve(peers, "package.json"), { ...options, skipSelf: true });
      },
    },
  ],
  test: {
    include: ["*.test.ts"],
    environment: "node",
    testTimeout: 30000,
    hookTimeout: 30000,
  },
};
