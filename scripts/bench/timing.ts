import { performance } from 'node:perf_hooks'

/**
 * One warm-up, then `runs` timed calls; a Markdown table row with the median and the maximum, and
 * with `targetMs` two more cells: the target (on the median) and ✓/✗.
 */
export function timeRow(label: string, fn: () => unknown, runs = 20, digits = 2, targetMs?: number): string {
  fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    fn()
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  const median = t[Math.floor(t.length / 2)]!
  const row = `| ${label} | median ${median.toFixed(digits)} · max ${t[t.length - 1]!.toFixed(digits)} ms |`
  return targetMs === undefined ? row : `${row} ≤ ${targetMs} ms | ${median <= targetMs ? '✓' : '✗'} |`
}
