import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../../bin/lumbung.mjs', import.meta.url))

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  json: unknown
}

/** Runs the real CLI as a separate process, exactly as `npx lumbung …` would. */
export function cli(args: string[], stdin?: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: stdin ?? '', timeout: 60_000 })
  let json: unknown = undefined
  try {
    json = JSON.parse(r.stdout)
  } catch {
    json = undefined
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json }
}

export interface BatchLine {
  line: number
  ok: boolean
  /** Each line is a different command's result: the test says what it expects. */
  result?: any
  error?: { code: string; message: string; field?: string }
}

/**
 * Runs several commands through the real CLI in ONE process (`lumbung batch -`), one result per
 * command in order: what a test that needs many CLI calls uses instead of a process per call.
 */
export function cliBatch(
  book: string,
  commands: { command: string; input: unknown }[],
  opts: { atomic?: boolean; args?: string[] } = {}
): { code: number; lines: BatchLine[]; stderr: string } {
  const stdin = `${commands.map((c) => JSON.stringify(c)).join('\n')}\n`
  const r = spawnSync(
    process.execPath,
    [CLI, '--db', book, ...(opts.args ?? []), ...(opts.atomic ? ['--atomic'] : []), 'batch', '-'],
    { encoding: 'utf8', input: stdin, timeout: 120_000 }
  )
  return {
    code: r.status ?? -1,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as BatchLine),
    stderr: r.stderr
  }
}
