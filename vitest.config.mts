import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Next.js resolves the server-only marker for server code; tests run that code directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Pure logic, the sandbox and its contract, sources and pipeline against an in-process sandbox.
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "sandbox/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["tests/api/**", "tests/golden/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        // The public API as an outside client calls it: needs the running app (APP_URL, SANDBOX_URL); `npm test` starts it.
        test: { name: "api", include: ["tests/api/**/*.test.ts", "tests/golden/**/*.test.ts"], fileParallelism: false },
      },
    ],
  },
});
