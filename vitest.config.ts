import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Test files share each worker's module cache instead of importing botbuilder, the models and the
    // rules afresh per file: the suite took 728 s with isolation and 443 s without, on 2 CPUs, and no
    // test depends on a module's state being new (each starts the servers and stores it needs).
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      // The conversation's core: the machines and the runner that steps them. Most other code runs in
      // the bot processes the tests start, where in-process coverage cannot see it.
      include: ['machines/**/*.ts', 'src/conversation/**/*.ts'],
      reporter: ['text-summary'],
      reportsDirectory: 'test-artifacts/coverage',
      thresholds: {
        'machines/**/*.ts': { lines: 90 },
        'src/conversation/**/*.ts': { lines: 90 },
      },
    },
  },
});
