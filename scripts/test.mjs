#!/usr/bin/env node
// npm test: typecheck, lint, unit/integration (vitest), build, end-to-end (Playwright in Chromium),
// then one plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const root = new URL('..', import.meta.url).pathname
const bin = (n) => `${root}node_modules/.bin/${n}`
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

mkdirSync(`${root}reports`, { recursive: true })
for (const f of ['vitest.json', 'playwright.json']) rmSync(`${root}reports/${f}`, { force: true })

let passed = 0
let failed = 0
const failures = []
const step = (name, ok) => {
  console.log(`\n== ${name}: ${ok ? 'ok' : 'GAGAL'}`)
  if (!ok) failed++
}

step('typecheck (main, preload, shared, tests)', run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']) === 0)
step('typecheck (renderer)', run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']) === 0)
step('lint (eslint, prettier --check, import rules)', run(process.execPath, ['scripts/lint.mjs']) === 0)

step('build CLI (esbuild)', run(process.execPath, ['scripts/build-cli.mjs']) === 0)
run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'])
if (existsSync(`${root}reports/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${root}reports/vitest.json`, 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  for (const file of v.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed')
        failures.push(
          `vitest ${file.name.replace(root, '')} › ${t.fullName}\n    ${String(t.failureMessages?.[0] ?? '')
            .split('\n')
            .slice(0, 3)
            .join('\n    ')}`
        )
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'))
      failures.push(`vitest ${file.name.replace(root, '')}: ${String(file.message ?? '').split('\n')[0]}`)
  }
  if (v.numTotalTests === 0 || (v.success === false && v.numFailedTests === 0)) failed++
} else failed++

const built = run(bin('electron-vite'), ['build']) === 0
step('build (electron-vite)', built)
if (built && process.env.LUMBUNG_SKIP_E2E !== '1') {
  run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' })
  if (existsSync(`${root}reports/playwright.json`)) {
    const report = JSON.parse(readFileSync(`${root}reports/playwright.json`, 'utf8'))
    const p = report.stats
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        if (!spec.ok) failures.push(`playwright ${spec.file}:${spec.line} › ${spec.title}`)
      for (const child of suite.suites ?? []) walk(child)
    }
    for (const suite of report.suites ?? []) walk(suite)
    passed += p.expected
    failed += p.unexpected + p.flaky
    if (p.expected + p.unexpected + p.flaky === 0) failed++
  } else failed++
}

if (failures.length > 0) console.log(`\n== failed tests (${failures.length}):\n${failures.join('\n')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
