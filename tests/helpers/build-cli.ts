import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** vitest global set-up: compile the CLI so that tests spawning `lumbung` run what users run. */
export default function buildCli(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-cli.mjs', import.meta.url))], {
    stdio: 'inherit',
    env: { ...process.env, LUMBUNG_QUIET_BUILD: '1' }
  })
}
