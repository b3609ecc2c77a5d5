// Part of `npm run bench:ratbook`: asks for the RAT book the way the window does (this thread →
// book thread → read-only worker, compiled bundles from <outDir>) and measures this thread's
// event-loop delay meanwhile. Run in its own process so that nothing but the asking is measured.
// Usage: node --import tsx scripts/bench/ratbook-ask.ts <book.sqlite> <outDir> <out.pdf>
// Prints one JSON line (AskResult).
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { RemoteExecutor } from '../../main/host/remote'

export interface AskResult {
  tookMs: number
  maxDelayMs: number
  p99Ms: number
  meanMs: number
  /** Largest lateness of a 10 ms interval timer (cross-check of the histogram). */
  maxGapMs: number
  /** CPU time of this thread alone while the book was built (Linux), ms. */
  mainCpuMs: number | null
  allCpuMs: number
  load: number
  /** Each time the timer fired more than 50 ms late: when, how late, and the step the book was at. */
  lateTimers: { atMs: number; lateMs: number; step: string }[]
}

/** CPU time of this (the main) thread alone, ms: Linux's per-thread counters (the main thread's id is the process id). */
function mainThreadCpu(): number | null {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const [utime, stime] = f
      .slice(f.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number)
    return ((utime! + stime!) * 1000) / 100
  } catch {
    return null
  }
}

const [bookFile, outDir, pdfOut] = process.argv.slice(2)
if (!bookFile || !outDir || !pdfOut) throw new Error('usage: ratbook-ask.ts <book.sqlite> <outDir> <out.pdf>')

const remote = await RemoteExecutor.start({
  bookFile,
  entry: join(outDir, 'host.mjs'),
  poolEntry: join(outDir, 'worker.mjs'),
  fixedNow: Date.parse('2027-02-15T03:00:00Z')
})
const delay = monitorEventLoopDelay({ resolution: 10 })
let step = 'mulai'
let lastTick = performance.now()
let maxGap = 0
const lateTimers: AskResult['lateTimers'] = []
const load = loadavg()[0]!
const cpu0 = process.cpuUsage()
const main0 = mainThreadCpu()
delay.enable()
const started = performance.now()
const ticker = setInterval(() => {
  const now = performance.now()
  const late = now - lastTick - 10
  if (late > 50) lateTimers.push({ atMs: now - started, lateMs: late, step })
  maxGap = Math.max(maxGap, late)
  lastTick = now
}, 10)
const res = await remote.execute(
  'ratbook.pdf',
  { year: 2026, file: pdfOut },
  {
    onProgress: (p) => {
      if (p.label !== step) process.stderr.write(`\r${(step = p.label)}…                    `)
    }
  }
)
const tookMs = performance.now() - started
delay.disable()
clearInterval(ticker)
const cpu = process.cpuUsage(cpu0)
const main1 = mainThreadCpu()
process.stderr.write('\n')
await remote.close()
if (!res.ok) throw new Error(`ratbook.pdf: ${res.error.message}`)
const result: AskResult = {
  tookMs,
  maxDelayMs: delay.max / 1e6,
  p99Ms: delay.percentile(99) / 1e6,
  meanMs: delay.mean / 1e6,
  maxGapMs: maxGap,
  mainCpuMs: main0 !== null && main1 !== null ? main1 - main0 : null,
  allCpuMs: (cpu.user + cpu.system) / 1000,
  load,
  lateTimers
}
console.log(JSON.stringify(result))
