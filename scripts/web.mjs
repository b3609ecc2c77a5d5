#!/usr/bin/env node
// npm run web: build the renderer, then serve it with the command bridge on 127.0.0.1.
import { spawnSync, spawn } from 'node:child_process'

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
const build = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const child = spawn(
  process.execPath,
  ['--import', 'tsx', new URL('../main/web/start.ts', import.meta.url).pathname, ...process.argv.slice(2)],
  { stdio: 'inherit' }
)
child.on('exit', (code) => process.exit(code ?? 0))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
