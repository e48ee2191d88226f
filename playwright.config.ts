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
    command: 'node --conditions=production scripts/run.mjs scripts/start.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(port), DATA_DIR: process.env.E2E_DATA_DIR ?? '', MEDIA_DIR: `${process.env.E2E_DATA_DIR ?? ''}/media`, NEXT_TELEMETRY_DISABLED: '1' },
  },
})
