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
