#!/usr/bin/env node
// npm start: the Electron app when its binary is installed, otherwise browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let electronPath = null
try {
  electronPath = require('electron') // the binary's path; throws when the download was skipped
} catch {
  electronPath = null
}
if (!electronPath) {
  console.log(
    'Electron belum terpasang di mesin ini (unduhan biner dilewati). Menjalankan mode peramban sebagai gantinya.'
  )
  const child = spawn(process.execPath, [new URL('./web.mjs', import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: 'inherit'
  })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
} else {
  const bin = new URL('../node_modules/.bin/electron-vite', import.meta.url).pathname
  const r = spawnSync(bin, ['preview'], { stdio: 'inherit' })
  process.exit(r.status ?? 0)
}
