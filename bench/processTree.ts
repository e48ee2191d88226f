import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of a process and all its descendants, in bytes, read from /proc (Linux). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const parent = Number(fields[1])
      rss.set(pid, Number(fields[21]) * 4096)
      children.set(parent, [...(children.get(parent) ?? []), pid])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples a process tree's memory until stopped; returns the peak. */
export function watchPeak(rootPid: number, everyMs = 200): { stop: () => number } {
  let peak = treeRss(rootPid)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid))
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}

export const mib = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** CPU time (user + system) one process has used so far, in milliseconds, read from /proc (Linux, 100 ticks a second). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** Time a process's main thread has run on a CPU, and waited runnable for one, in milliseconds (/proc/<pid>/schedstat, Linux). */
export function mainThreadSchedule(pid: number): { runningMs: number; waitingForCpuMs: number } {
  const [running = 0, waiting = 0] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number)
  return { runningMs: running / 1e6, waitingForCpuMs: waiting / 1e6 }
}
