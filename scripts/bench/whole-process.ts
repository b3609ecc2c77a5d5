// The trial balance as a whole program: Lumbung's installed CLI (process start to exit) against bare
// Node + better-sqlite3 reading the same file, and against `ledger` and `hledger` on the same book
// exported with book.exportJournal (skipped with a note when they are not installed).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export interface ProcessTiming {
  label: string
  /** Median wall time of whole runs, ms (null: not run). */
  medianMs: number | null
  runs: number
  /** Peak RSS of one run (GNU time), MB, when measured. */
  peakRssMb?: number | null
  /** Median user + system CPU time of the runs (GNU time), ms: what the program itself costs on a busy machine. */
  cpuMs?: number | null
  note?: string
}

export interface WholeProcessResult {
  cli: ProcessTiming
  bare: ProcessTiming
  nodeOnly: ProcessTiming
  ledger: ProcessTiming
  hledger: ProcessTiming
  exportMs: number | null
  journalLines: number | null
  table: string
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

/**
 * Runs a command `runs` times (after one untimed warm-up when `warmUp`); median wall time in ms and,
 * with `rss` and GNU time present, the largest peak RSS of the runs in MB.
 */
function timeRuns(
  cmd: string,
  args: string[],
  o: { runs: number; timeoutMs: number; warmUp: boolean; rss?: boolean; stopAfterMs?: number }
): { ms: number | null; rssMb: number | null; cpuMs: number | null; error?: string } {
  const times: number[] = []
  const cpu: number[] = []
  let rssMb: number | null = null
  const gnuTime = o.rss === true && existsSync('/usr/bin/time')
  for (let i = o.warmUp ? -1 : 0; i < o.runs; i++) {
    const t = performance.now()
    const r = gnuTime
      ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
          stdio: ['ignore', 'ignore', 'pipe'],
          timeout: o.timeoutMs,
          maxBuffer: 64 * 1024 * 1024
        })
      : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: o.timeoutMs, maxBuffer: 64 * 1024 * 1024 })
    const ms = performance.now() - t
    if (r.status !== 0)
      return {
        ms: null,
        rssMb,
        cpuMs: null,
        error: `${cmd} ended with ${r.status ?? r.signal}: ${r.stderr?.toString().slice(-300) ?? ''}`
      }
    if (i >= 0) times.push(ms)
    const err = gnuTime ? (r.stderr?.toString() ?? '') : ''
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err)
    if (m) rssMb = Math.max(rssMb ?? 0, Number(m[1]) / 1024)
    const u = /User time \(seconds\): ([\d.]+)/.exec(err)
    const k = /System time \(seconds\): ([\d.]+)/.exec(err)
    if (i >= 0 && u && k) cpu.push((Number(u[1]) + Number(k[1])) * 1000)
    // A tool that takes minutes is timed once (each run parses the whole file the same way).
    if (o.stopAfterMs !== undefined && i === 0 && ms > o.stopAfterMs) break
  }
  return { ms: median(times), rssMb, cpuMs: cpu.length ? median(cpu) : null }
}

/**
 * Exports the journal with the CLI's book.exportJournal: whole for a book up to 2 M lines, else one
 * year at a time (a single text of 5 M lines would pass V8's longest string) joined into one file.
 */
function exportJournal(
  cli: string[],
  file: string,
  out: string,
  lines: number,
  firstYear: number,
  lastYear: number
): { ms: number; error?: string } {
  const t = performance.now()
  rmSync(out, { force: true })
  const run = (input: Record<string, unknown>) =>
    spawnSync(
      process.execPath,
      [...cli, '--db', file, 'book.exportJournal', JSON.stringify({ format: 'ledger', overwrite: true, ...input })],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
    )
  if (lines <= 2_000_000) {
    const r = run({ file: out })
    if (r.status !== 0) return { ms: performance.now() - t, error: r.stdout.slice(0, 300) }
  } else {
    const part = `${out}.part`
    for (let y = firstYear; y <= lastYear; y++) {
      const r = run({ file: part, from: `${y}-01-01`, to: `${y}-12-31` })
      if (r.status !== 0) return { ms: performance.now() - t, error: r.stdout.slice(0, 300) }
      const text = readFileSync(part, 'utf8')
      // The first year keeps the header (commodity, accounts); later years start at their first entry.
      if (y === firstYear) writeFileSync(out, text)
      else appendFileSync(out, text.slice(Math.max(0, text.search(/^\d{4}-\d{2}-\d{2} /m))))
    }
    rmSync(part, { force: true })
  }
  return { ms: performance.now() - t }
}

export function wholeProcess(opts: {
  root: string
  file: string
  dataDir: string
  lastYear: number
  firstYear: number
  lines: number
  runs?: number
  skipTools?: boolean
  withTools?: boolean
}): WholeProcessResult {
  const runs = opts.runs ?? 10
  const bin = join(opts.root, 'bin/lumbung.mjs')
  // The installed CLI runs the compiled build; make sure it is current (as npm install does).
  spawnSync(process.execPath, [join(opts.root, 'scripts/build-cli.mjs')], {
    stdio: 'ignore',
    env: { ...process.env, LUMBUNG_QUIET_BUILD: '1' }
  })
  const asOf = `${opts.lastYear}-12-31`
  const cliArgs = [bin, '--db', opts.file, 'reports.trialBalance', JSON.stringify({ asOf })]
  const c = timeRuns(process.execPath, cliArgs, { runs, timeoutMs: 60_000, warmUp: true })
  // CPU time and memory from separate runs under GNU time (its own start-up stays out of the wall times).
  const cRss = timeRuns(process.execPath, cliArgs, { runs: 5, timeoutMs: 60_000, warmUp: false, rss: true })
  const cli: ProcessTiming = {
    label: 'Lumbung CLI (installed, compiled), reports.trialBalance',
    medianMs: c.ms,
    runs,
    peakRssMb: cRss.rssMb,
    cpuMs: cRss.cpuMs,
    ...(c.error ? { note: c.error } : {})
  }

  const sqlite = createRequire(join(opts.root, 'package.json')).resolve('better-sqlite3')
  const bareScript = `const D = require(${JSON.stringify(sqlite)}); const d = new D(${JSON.stringify(opts.file)}, { readonly: true });
    d.prepare("SELECT account_id, SUM(debit), SUM(credit) FROM account_month_balances WHERE month <= ? GROUP BY account_id").all(${JSON.stringify(asOf.slice(0, 7))}); d.close()`
  const b = timeRuns(process.execPath, ['-e', bareScript], { runs, timeoutMs: 60_000, warmUp: true })
  const bCpu = timeRuns(process.execPath, ['-e', bareScript], { runs: 5, timeoutMs: 60_000, warmUp: false, rss: true })
  const bare: ProcessTiming = {
    label: 'Bare Node + better-sqlite3: open the file, one GROUP BY of the month totals',
    medianMs: b.ms,
    runs,
    peakRssMb: bCpu.rssMb,
    cpuMs: bCpu.cpuMs
  }
  const n = timeRuns(process.execPath, ['-e', '0'], { runs, timeoutMs: 60_000, warmUp: true })
  const nCpu = timeRuns(process.execPath, ['-e', '0'], { runs: 5, timeoutMs: 60_000, warmUp: false, rss: true })
  const nodeOnly: ProcessTiming = {
    label: 'node -e 0 (start and exit only)',
    medianMs: n.ms,
    runs,
    peakRssMb: nCpu.rssMb,
    cpuMs: nCpu.cpuMs
  }

  // ledger holds about 1,3 GB and hledger about 4,8 GB per million lines: above 2 M lines they are
  // run only when asked (--with-tools), not to take the memory of a shared machine.
  const bigSkip = opts.lines > 2_000_000 && !opts.withTools
  const tools = {
    ledger: opts.skipTools || bigSkip ? null : which('ledger'),
    hledger: opts.skipTools || bigSkip ? null : which('hledger')
  }
  let exportMs: number | null = null
  let journalLines: number | null = null
  const journal = join(opts.dataDir, `journal-${opts.lines}.journal`)
  const toolTiming = (name: 'ledger' | 'hledger'): ProcessTiming => {
    const path = tools[name]
    if (!path)
      return {
        label: name,
        medianMs: null,
        runs: 0,
        note: opts.skipTools
          ? 'skipped'
          : bigSkip
            ? `skipped above 2 M lines (needs ${name === 'ledger' ? '~1,3' : '~4,8'} GB per million lines; --with-tools runs it)`
            : `${name} not installed: skipped`
      }
    // The same report: every account's balance at the year end (the day after is exclusive).
    const args = ['-f', journal, 'balance', '-e', `${opts.lastYear + 1}-01-01`]
    // Each run parses the whole file (just written, so in the page cache): no warm-up run; a run
    // of more than 20 s is not repeated.
    const r = timeRuns(path, args, { runs: 3, timeoutMs: 60 * 60_000, warmUp: false, rss: true, stopAfterMs: 20_000 })
    return {
      label: `${name} balance (${path})`,
      medianMs: r.ms,
      runs: r.ms !== null && r.ms > 20_000 ? 1 : 3,
      peakRssMb: r.rssMb,
      cpuMs: r.cpuMs,
      ...(r.error ? { note: r.error } : {})
    }
  }
  let ledger: ProcessTiming = { label: 'ledger', medianMs: null, runs: 0, note: 'not run' }
  let hledger: ProcessTiming = { label: 'hledger', medianMs: null, runs: 0, note: 'not run' }
  if (tools.ledger || tools.hledger) {
    const e = exportJournal([bin], opts.file, journal, opts.lines, opts.firstYear, opts.lastYear)
    exportMs = e.ms
    if (e.error) {
      ledger = { ...ledger, note: `export failed: ${e.error}` }
      hledger = { ...hledger, note: `export failed: ${e.error}` }
    } else {
      journalLines = readFileSync(journal, 'utf8').split('\n').length
      ledger = toolTiming('ledger')
      hledger = toolTiming('hledger')
    }
    rmSync(journal, { force: true })
  } else {
    ledger = toolTiming('ledger')
    hledger = toolTiming('hledger')
  }

  const fmt = (t: ProcessTiming) =>
    t.medianMs === null ? `— (${t.note ?? 'not run'})` : `${(t.medianMs / 1000).toFixed(3)} s`
  const ratio = (t: ProcessTiming) =>
    t.medianMs !== null && cli.medianMs ? `${(t.medianMs / cli.medianMs).toFixed(1)}×` : '—'
  const rss = (t: ProcessTiming) => (t.peakRssMb ? `${t.peakRssMb.toFixed(0)} MB` : '—')
  const cpuOf = (t: ProcessTiming) => (t.cpuMs ? `${(t.cpuMs / 1000).toFixed(3)} s` : '—')
  const table = [
    `| Whole process: trial balance at ${asOf} | Median wall (runs) | vs Lumbung | CPU (user+sys) | Peak RSS |`,
    '|---|---|---|---|---|',
    ...[cli, bare, nodeOnly, ledger, hledger].map(
      (t) =>
        `| ${t.label} | ${fmt(t)}${t.medianMs !== null ? ` (${t.runs})` : ''} | ${t === cli ? '1×' : ratio(t)} | ${cpuOf(t)} | ${rss(t)} |`
    ),
    ...(exportMs !== null
      ? [
          `| book.exportJournal (ledger format) for the tools, once | ${(exportMs / 1000).toFixed(1)} s${journalLines ? ` (${journalLines.toLocaleString('en-US')} text lines)` : ''} | | | |`
        ]
      : [])
  ].join('\n')
  return { cli, bare, nodeOnly, ledger, hledger, exportMs, journalLines, table }
}
