#!/usr/bin/env node
// npm run lint: ESLint (type-aware, eslint.config.js), Prettier's check, the import rules
// (dependency-cruiser, .dependency-cruiser.cjs) and the line-length report for CSS (ESLint's max-len
// covers the code). Exits 1 when any check fails; warnings (long lines) do not fail it.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'

const root = new URL('..', import.meta.url).pathname
const bin = (n) => `${root}node_modules/.bin/${n}`
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1

/** Folders the import rules check. */
const IMPORT_ROOTS = ['main', 'preload', 'shared', 'renderer/src', 'scripts', 'tests', 'bin']
/** Prettier's width; longer lines are reported as warnings until they are wrapped (then make it fail). */
const MAX_LINE = 120

const results = []
const step = (name, ok) => {
  results.push([name, ok])
  console.log(`\n== lint ${name}: ${ok ? 'ok' : 'GAGAL'}`)
}

// Errors in full; warnings counted by rule (LINT_VERBOSE=1 or `npm run lint:eslint` lists them all).
const eslint = new ESLint({ cwd: root })
const linted = await eslint.lintFiles(['.'])
const stylish = await eslint.loadFormatter('stylish')
const verbose = process.env.LINT_VERBOSE === '1'
const shown = verbose ? linted : ESLint.getErrorResults(linted)
process.stdout.write(await stylish.format(shown))
const errors = linted.reduce((n, r) => n + r.errorCount, 0)
const warnings = {}
for (const r of linted)
  for (const m of r.messages) if (m.severity === 1) warnings[m.ruleId ?? '?'] = (warnings[m.ruleId ?? '?'] ?? 0) + 1
const warningList = Object.entries(warnings).map(([rule, n]) => `${rule} ${n}`)
console.log(`eslint: ${linted.length} files, ${errors} errors, warnings: ${warningList.join(', ') || 'none'}`)
step('eslint', errors === 0)
step('prettier --check', run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) === 0)
// --ignore-known: violations listed in .dependency-cruiser-known-violations.json (empty now) are skipped;
// see docs/ARCHITECTURE.md § Lint.
step(
  'imports (dependency-cruiser)',
  run(bin('depcruise'), [
    '--config',
    '.dependency-cruiser.cjs',
    '--ignore-known',
    '.dependency-cruiser-known-violations.json',
    ...IMPORT_ROOTS
  ]) === 0
)

const css = spawnSync('git', ['ls-files', '*.css'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
let long = 0
for (const f of css)
  readFileSync(`${root}${f}`, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.length > MAX_LINE) {
        long++
        console.log(`${f}:${i + 1}: warning: line of ${line.length} characters (more than ${MAX_LINE})`)
      }
    })
step(`CSS line length (${long} lines over ${MAX_LINE}: warnings)`, true)

const failed = results.filter(([, ok]) => !ok).map(([name]) => name)
console.log(failed.length ? `\nlint GAGAL: ${failed.join(', ')}` : '\nlint ok')
process.exit(failed.length ? 1 : 0)
