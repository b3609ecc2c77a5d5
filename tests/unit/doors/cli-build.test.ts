import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { APP_VERSION } from '../../../shared/version'
import { tempDir } from '../../helpers/book'

// The door runs the compiled CLI only while every source it was built from is unchanged; otherwise
// the TypeScript (through tsx). Checked on a copy of the door and the build, with one stand-in source
// whose main module says which path ran.
const repo = fileURLToPath(new URL('../../../', import.meta.url))
const t = tempDir('lumbung-cli-build-')
afterAll(() => t.cleanup())

const root = t.dir
mkdirSync(join(root, 'bin'))
mkdirSync(join(root, 'out', 'cli'), { recursive: true })
mkdirSync(join(root, 'main', 'cli'), { recursive: true })
copyFileSync(join(repo, 'bin', 'lumbung.mjs'), join(root, 'bin', 'lumbung.mjs'))
copyFileSync(join(repo, 'out', 'cli', 'main.cjs'), join(root, 'out', 'cli', 'main.cjs'))
symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'))
const source = join(root, 'main', 'cli', 'main.ts')
writeFileSync(source, "console.log('dari sumber TypeScript')\n")

function record(): void {
  const st = statSync(source)
  writeFileSync(
    join(root, 'out', 'cli', 'built.json'),
    JSON.stringify({ at: new Date().toISOString(), inputs: [['main/cli/main.ts', st.mtimeMs, st.size]] })
  )
}
const run = () =>
  spawnSync(process.execPath, [join(root, 'bin', 'lumbung.mjs'), '--version'], { encoding: 'utf8', timeout: 60_000 })
    .stdout

describe('the CLI door chooses the compiled build only while it is current', () => {
  it('runs the build when every recorded source is unchanged', () => {
    record()
    expect(run()).toContain(APP_VERSION)
  })

  it('runs the TypeScript when a source has another modification time', () => {
    record()
    const later = new Date(statSync(source).mtimeMs + 5_000)
    utimesSync(source, later, later)
    expect(run()).toContain('dari sumber TypeScript')
  })

  it('runs the TypeScript when a source has another size with the same time, or the record is missing', () => {
    record()
    const st = statSync(source)
    writeFileSync(source, "console.log('dari sumber TypeScript');\n")
    utimesSync(source, st.atime, st.mtime)
    expect(run()).toContain('dari sumber TypeScript')
    rmSync(join(root, 'out', 'cli', 'built.json'))
    expect(run()).toContain('dari sumber TypeScript')
  })

  it('an installed copy (no sources beside it) runs the build', () => {
    rmSync(join(root, 'main'), { recursive: true })
    expect(run()).toContain(APP_VERSION)
  })
})
