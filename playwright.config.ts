import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3311)

/**
 * Browser tests in Debian's Chromium against the production build, on a
 * throwaway data directory that scripts/test-e2e.ts prepares (E2E_DATA_DIR).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  webServer: {
    // tsx's off-thread ESM loader on Node 20 now and then never settles module loading: the
    // process exits 13 ("unsettled top-level await") before running any of our code (about
    // 1 start in 15 here). Start once more in that case only; any other failure stands.
    command: 'npx tsx scripts/start.ts || { code=$?; [ $code -eq 13 ] && echo "start: loader stalled (exit 13), starting again" && npx tsx scripts/start.ts || exit $code; }',
    url: `http://localhost:${port}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(port), DATA_DIR: process.env.E2E_DATA_DIR ?? '', MEDIA_DIR: `${process.env.E2E_DATA_DIR ?? ''}/media`, NEXT_TELEMETRY_DISABLED: '1' },
  },
})
