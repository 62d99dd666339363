// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The convex tests run on the INSTALLED web backend ($HARNESS_CONVEX_BACKEND_DIR, made by
// prepare-backend.mjs), like the web's own suite: convex-test in the edge runtime, with the
// backend's pinned node_modules. Neither tests/convex nor the source tree has a node_modules, so
// bare imports of the test files resolve from the backend first, then from tests/peers (jose, ws).
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const backend = process.env.HARNESS_CONVEX_BACKEND_DIR;
if (!backend) throw new Error("HARNESS_CONVEX_BACKEND_DIR is not set (run the tests through run-vitest.mjs or ctest).");
const peers = resolve(process.env.HARNESS_TEST_PEERS || join(here, "../peers"));

export default {
  root: here,
  cacheDir: join(tmpdir(), "harness-convex-vite"),
  plugins: [
    {
      name: "harness-backend-resolve",
      enforce: "pre",
      async resolveId(source: string, importer: string | undefined, options: any) {
        if (!/^(@[\w.-]+\/)?[\w.-]+(\/.*)?$/.test(source) || source.startsWith("node:")) return null;
        if (importer && importer.includes("/node_modules/")) return null;
        for (const root of [backend, peers]) {
          const found = await (this as any).resolve(source, join(root, "package.json"), { ...options, skipSelf: true });
          if (found) return found;
        }
        return null;
      },
    },
  ],
  server: { deps: { inline: ["convex-test"] }, fs: { allow: [here, backend, peers, "/"] } },
  test: {
    include: ["*.test.ts"],
    // As in the web's own suite: the Convex function runtime (V8 isolate with web APIs).
    environment: "edge-runtime",
    // (Tests of Node-side things say `// @vitest-environment node`.)
    server: { deps: { inline: ["convex-test"] } },
    testTimeout: 60000,
    hookTimeout: 120000,
  },
};
