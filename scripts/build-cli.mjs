#!/usr/bin/env node
// Compiles the CLI (and everything it runs) into out/cli with esbuild, so `lumbung` starts as plain
// JavaScript instead of transpiling TypeScript on every call. Commands' heavy parts (PDF, XLSX) stay
// behind dynamic imports and load only when a command needs them. Run by `npm install` (prepare),
// by `npm test` and by the vitest set-up; `npm run build:cli` by hand.
import { build } from 'esbuild'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const started = Date.now()
rmSync(`${root}out/cli`, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { main: 'main/cli/main.ts' },
  bundle: true,
  platform: 'node',
  // One CommonJS file: Node 20 loads it synchronously, far faster than a graph of ES modules.
  format: 'cjs',
  target: 'node20',
  // bin/lumbung.mjs runs this file through vm.Script, which has no loader for import(): the on-demand
  // packages (XLSX) are loaded with require instead, still only when a command needs them.
  supported: { 'dynamic-import': false },
  outfile: 'out/cli/main.cjs',
  minify: true,
  keepNames: true,
  define: { 'import.meta.url': '__lumbung_import_meta_url' },
  // Native or heavy packages stay in node_modules, loaded when used.
  external: ['better-sqlite3', 'pdfmake', 'pdfmake/*', 'read-excel-file', 'read-excel-file/*', 'write-excel-file', 'write-excel-file/*'],
  banner: { js: "const __lumbung_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning'
})
mkdirSync(`${root}out/cli`, { recursive: true })
writeFileSync(`${root}out/cli/built.json`, JSON.stringify({ at: new Date().toISOString() }))
if (!process.env.LUMBUNG_QUIET_BUILD) console.log(`CLI dikompilasi ke out/cli (${Date.now() - started} ms)`)
