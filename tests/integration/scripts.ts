import { spawn } from 'node:child_process'

export type ScriptRun = { code: number | null; stdout: string; stderr: string }

/**
 * Runs one of our command-line entry points exactly as its npm script does:
 * compiled by scripts/run.mjs and run by plain Node, in another process.
 */
export function runScript(entry: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', 'scripts/run.mjs', entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}
