/**
 * `npm run test:e2e`: Playwright in Debian's Chromium against the production
 * build, on a fresh data directory. Installs Chromium through apt when it is
 * missing (Playwright cannot download its own browser on this network).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  const root = process.getuid?.() === 0
  console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium and fonts-noto-cjk through apt…`)
  const sudo = root ? [] : ['sudo', '-n']
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0]!, [...sudo.slice(1), ...(root ? args.slice(1) : args)], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  const update = run(['apt-get', 'update'])
  const install = update.status === 0 ? run(['apt-get', 'install', '-y', 'chromium', 'fonts-noto-cjk']) : update
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    console.error(
      `\nCould not install Chromium. Install it by hand with\n  apt-get install -y chromium fonts-noto-cjk\n` +
        `(as root), or point CHROMIUM_PATH at a Chromium binary, then run the tests again.`,
    )
    process.exit(1)
  }
}

ensureChromium()
const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-e2e-'))
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_DATA_DIR: dataDir },
})
rmSync(dataDir, { recursive: true, force: true })
process.exit(result.status ?? 1)
