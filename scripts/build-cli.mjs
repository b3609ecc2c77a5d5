#!/usr/bin/env node
// Compiles the CLI (and everything it runs) into out/cli with esbuild, so `lumbung` starts as plain
// JavaScript instead of transpiling TypeScript on every call. Run by `npm install` (prepare), by
// `npm test` and by the vitest set-up; `npm run build:cli` by hand.
//
// Commands load lazily: one CommonJS file (Node loads it synchronously, with V8's code cache, far
// faster than a graph of ES modules), in which the command registry (shared/commands/index.ts) and
// the handler map (main/commands/handlers.ts) are replaced by maps that require a domain's module
// the first time one of its commands is looked up. esbuild wraps a module reached only through
// require() in an initialiser that runs on that call, so a trial balance never builds the zod
// schemas or the code of the other domains. Which module declares and handles each command is read
// here, at build time, from the real registry. Heavy packages (PDF, XLSX) stay behind dynamic imports.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const started = Date.now()
const external = [
  'better-sqlite3',
  'pdfmake',
  'pdfmake/*',
  'read-excel-file',
  'read-excel-file/*',
  'write-excel-file',
  'write-excel-file/*',
  // The office network's certificate maker (with its X.509 stack): only `network.start` needs it.
  'selfsigned'
]
const commandsDir = join(root, 'shared/commands')
const registryFile = join(commandsDir, 'index.ts')
const handlersFile = join(root, 'main/commands/handlers.ts')
const posix = (p) => p.split('\\').join('/')

/** The modules spread into the handler map, read from its imports (`import { xHandlers } from '…'`). */
function handlerModules() {
  const src = readFileSync(handlersFile, 'utf8')
  const out = [...src.matchAll(/^import \{ (\w+Handlers) \} from '([^']+)'/gm)].map((m) => ({
    name: m[1],
    file: join(dirname(handlersFile), `${m[2]}.ts`)
  }))
  if (out.length === 0) throw new Error('build-cli: no handler modules found in main/commands/handlers.ts')
  return out
}

/**
 * For every command: which file of shared/commands declares it (and under which export), and which
 * handler module handles it. Found by running the real registry once, so nothing is kept by hand.
 */
async function readManifest() {
  const commandFiles = readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => join(commandsDir, f))
  const handlerFiles = handlerModules()
  const entry = [
    `import * as registry from ${JSON.stringify(registryFile)}`,
    `import { handlers } from ${JSON.stringify(handlersFile)}`,
    ...commandFiles.map((f, i) => `import * as c${i} from ${JSON.stringify(f)}`),
    ...handlerFiles.map((h, i) => `import { ${h.name} as h${i} } from ${JSON.stringify(h.file)}`),
    `const commandModules = [${commandFiles.map((_, i) => `c${i}`).join(', ')}]`,
    `const handlerModules = [${handlerFiles.map((_, i) => `h${i}`).join(', ')}]`,
    `const commands = {}, owners = {}`,
    `for (const name of registry.COMMAND_NAMES) {`,
    `  const def = registry.commands[name]`,
    `  let found = null`,
    `  commandModules.forEach((m, i) => { for (const [exp, v] of Object.entries(m)) if (v && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, name) && v[name] === def) found = [i, exp] })`,
    `  if (!found) throw new Error('build-cli: no module of shared/commands declares ' + name)`,
    `  commands[name] = found`,
    `  if (Object.prototype.hasOwnProperty.call(handlers, name)) {`,
    `    const i = handlerModules.findIndex((m) => Object.prototype.hasOwnProperty.call(m, name) && m[name] === handlers[name])`,
    `    if (i < 0) throw new Error('build-cli: no handler module handles ' + name)`,
    `    owners[name] = i`,
    `  }`,
    `}`,
    `module.exports = { commands, handlers: owners }`
  ].join('\n')
  const r = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'manifest.js' },
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    external,
    define: { 'import.meta.url': '__lumbung_import_meta_url' },
    banner: { js: "const __lumbung_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning'
  })
  const m = { exports: {} }
  const filename = join(root, 'out/cli/manifest.cjs')
  new Function('module', 'exports', 'require', '__filename', '__dirname', r.outputFiles[0].text)(
    m,
    m.exports,
    createRequire(filename),
    filename,
    dirname(filename)
  )
  return { commandFiles, handlerFiles, ...m.exports }
}

/** The replacement of a registry file in the bundle: the same names, each loading its module on first use. */
function lazyMap({ exportName, dir, files, owner, pick }) {
  const loaders = files.map((f) => `() => require(${JSON.stringify('./' + posix(relative(dir, f)))})`)
  return [
    `const loaders = [${loaders.join(', ')}]`,
    `const owner = ${JSON.stringify(owner)}`,
    `export const ${exportName} = {}`,
    `for (const name of Object.keys(owner)) {`,
    `  Object.defineProperty(${exportName}, name, { enumerable: true, configurable: true, get() {`,
    `    const value = ${pick}`,
    `    Object.defineProperty(${exportName}, name, { value, enumerable: true })`,
    `    return value`,
    `  } })`,
    `}`
  ].join('\n')
}

/**
 * zod's classic API (and its core) re-export every locale as `z.locales` (a fifth of the bundle); Lumbung writes its
 * own Indonesian messages and never reads z.locales, so the CLI leaves them out (English, zod's
 * default, is imported on its own and stays).
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined
    )
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }))
  }
}

/**
 * The Kemendagri area list is a 560 KB literal: kept beside the bundle as a text file and read when the
 * register first needs it, so that every other call neither reads nor hashes it with the bundle.
 */
const regionsFile = join(root, 'main/regions/kemendagri-data.ts')
const regionsAside = {
  name: 'regions-aside',
  setup(b) {
    b.onLoad({ filter: /[\\/]kemendagri-data\.ts$/ }, (a) => {
      if (a.path !== regionsFile) return undefined
      const src = readFileSync(a.path, 'utf8')
      const m = /return '([A-Za-z0-9+/=]+)'/.exec(src)
      if (!m) throw new Error('build-cli: the packed list (regionsPacked) not found in main/regions/kemendagri-data.ts')
      writeFileSync(join(root, 'out/cli/kemendagri-data.txt'), m[1])
      const contents = src.replace(
        m[0],
        "return require('node:fs').readFileSync(require('node:path').join(__dirname, 'kemendagri-data.txt'), 'utf8')"
      )
      return { contents, loader: 'ts', resolveDir: dirname(a.path) }
    })
  }
}

/**
 * Node's crypto, zlib, worker_threads and readline cost a few milliseconds each to load, and most
 * calls need none of them (a report hashes nothing, starts no thread, reads no batch file). In the
 * CLI our modules get each of them through a stand-in whose functions load the real module on the
 * first call. Only functions and classes are stood in for: importing anything else fails the build.
 */
const LAZY_BUILTINS = ['crypto', 'zlib', 'worker_threads', 'readline']
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`)
    b.onResolve({ filter }, (a) =>
      a.namespace === 'lazy-builtin' || /[\\/]node_modules[\\/]/.test(a.importer)
        ? undefined
        : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }
    )
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => {
      const real = createRequire(import.meta.url)(`node:${a.path}`)
      const names = Object.keys(real).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function')
      const contents = [
        'let m',
        `const load = () => (m ??= require(${JSON.stringify(`node:${a.path}`)}))`,
        ...names.map(
          (n) => `export function ${n}(...a) { return new.target ? new (load().${n})(...a) : load().${n}(...a) }`
        )
      ].join('\n')
      return { contents, loader: 'js' }
    })
  }
}

function lazyPlugin(manifest) {
  const registry = [
    lazyMap({
      exportName: 'commands',
      dir: commandsDir,
      files: manifest.commandFiles,
      owner: manifest.commands,
      pick: 'loaders[owner[name][0]]()[owner[name][1]][name]'
    }),
    `export const COMMAND_NAMES = Object.keys(owner)`,
    `export function isCommandName(name) { return Object.prototype.hasOwnProperty.call(owner, name) }`
  ].join('\n')
  const handlers = lazyMap({
    exportName: 'handlers',
    dir: dirname(handlersFile),
    files: manifest.handlerFiles.map((h) => h.file),
    owner: manifest.handlers,
    pick: `loaders[owner[name]]()[${JSON.stringify(manifest.handlerFiles.map((h) => h.name))}[owner[name]]][name]`
  })
  return {
    name: 'lazy-commands',
    setup(b) {
      b.onLoad({ filter: /[\\/]shared[\\/]commands[\\/]index\.ts$/ }, (a) =>
        a.path === registryFile ? { contents: registry, loader: 'js', resolveDir: commandsDir } : undefined
      )
      b.onLoad({ filter: /[\\/]main[\\/]commands[\\/]handlers\.ts$/ }, (a) =>
        a.path === handlersFile ? { contents: handlers, loader: 'js', resolveDir: dirname(handlersFile) } : undefined
      )
    }
  }
}

rmSync(`${root}out/cli`, { recursive: true, force: true })
mkdirSync(`${root}out/cli`, { recursive: true })
const manifest = await readManifest()
const result = await build({
  absWorkingDir: root,
  metafile: true,
  entryPoints: { main: 'main/cli/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // bin/lumbung.mjs runs this file through vm.Script, which has no loader for import(): the on-demand
  // packages (XLSX) are loaded with require instead, still only when a command needs them.
  supported: { 'dynamic-import': false },
  outfile: 'out/cli/main.cjs',
  minify: process.env.LUMBUNG_CLI_MINIFY !== '0',
  keepNames: process.env.LUMBUNG_KEEP_NAMES === '1',
  define: { 'import.meta.url': '__lumbung_import_meta_url' },
  // Native or heavy packages stay in node_modules, loaded when used.
  external,
  plugins: [lazyPlugin(manifest), withoutZodLocales, regionsAside, lazyBuiltins],
  banner: { js: "const __lumbung_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning'
})
// Every source file in the bundle with its modification time and size: bin/lumbung.mjs compares them
// and runs the TypeScript instead when one changed, so a checkout never runs stale code.
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.startsWith('node_modules/') && !f.includes(':') && /\.(ts|mts|js|mjs|cjs)$/.test(f))
  .sort()
  .map((f) => {
    const st = statSync(join(root, f))
    return [f, st.mtimeMs, st.size]
  })
writeFileSync(`${root}out/cli/built.json`, JSON.stringify({ at: new Date().toISOString(), inputs }))
if (!process.env.LUMBUNG_QUIET_BUILD) console.log(`CLI dikompilasi ke out/cli (${Date.now() - started} ms)`)
