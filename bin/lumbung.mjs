#!/usr/bin/env node
// The CLI door. It runs the compiled JavaScript in out/cli (made by `npm install` / `npm run
// build:cli`). In a source checkout whose TypeScript is newer than that build, or with
// LUMBUNG_CLI_SOURCE=1, it runs the TypeScript through tsx instead, so it never runs stale code.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

const root = fileURLToPath(new URL('..', import.meta.url))
const compiled = `${root}out/cli/main.cjs`

/**
 * In a source checkout, the build is current when every file it was made from still has the
 * modification time and size recorded then (out/cli/built.json). An installed copy has no sources.
 */
function compiledIsCurrent() {
  if (process.env.LUMBUNG_CLI_SOURCE === '1' || !existsSync(compiled)) return false
  if (!existsSync(`${root}main/cli/main.ts`)) return true
  let inputs
  try {
    inputs = JSON.parse(readFileSync(`${root}out/cli/built.json`, 'utf8')).inputs
  } catch {
    return false
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false
  for (const [file, mtimeMs, size] of inputs) {
    const st = statSync(`${root}${file}`, { throwIfNoEntry: false })
    if (!st || st.mtimeMs !== mtimeMs || st.size !== size) return false
  }
  return true
}

/**
 * Runs the one-file CommonJS build with V8's code cache beside it (written after the first run), so
 * later calls skip most of the parsing and compiling.
 */
function runCompiled(file) {
  const cacheFile = `${file}.v8cache`
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const source = readFileSync(file, 'utf8')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData
  })
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('beforeExit', () => {
      try {
        writeFileSync(cacheFile, script.createCachedData())
      } catch {
        /* a read-only installation simply runs without the cache */
      }
    })
  }
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
}

if (compiledIsCurrent()) {
  runCompiled(compiled)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../main/cli/main.ts')
}
