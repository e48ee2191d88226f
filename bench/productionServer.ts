import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type ProductionServer = { origin: string; dataDir: string; pid: number; stop: () => Promise<void> }

/**
 * `npm start` (production build, founding corpus) on a fresh data directory,
 * addressed on loopback; resolves once /api/health answers. `nodeArgs` go to
 * the server's node (e.g. --cpu-prof: the profile is written when it stops).
 */
export async function startProductionServer(port: number, nodeArgs: string[] = []): Promise<ProductionServer> {
  const origin = `http://127.0.0.1:${port}`
  const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-'))
  const server = spawn(process.execPath, [...nodeArgs, '--conditions=production', 'scripts/run.mjs', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      SERVER_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const kill = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const stop = async () => {
    kill()
    await exited
  }
  process.on('exit', () => {
    kill()
    rmSync(dataDir, { recursive: true, force: true })
  })
  for (let i = 0; i < 1200; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before answering /api/health`)
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, dataDir, pid: server.pid!, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the server did not answer /api/health within 10 minutes')
}
