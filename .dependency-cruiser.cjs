// Import rules of the house (docs/ARCHITECTURE.md § Folders and § Lint), checked by `npm run lint`
// (`npm run lint:imports` alone) with dependency-cruiser.

/** Doors: the ways in. Domain code never imports one. */
const doors = '^main/(http|cli|electron|web)/'
/** Folders of main/ that are not domain code: the doors, the book host, the command spine, the office network. */
const notDomain = '^main/(http|cli|electron|web|host|commands|network)/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles (type-only imports included): a cycle makes load order matter ' +
        'and hides which module owns what.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'shared-is-a-leaf',
      severity: 'error',
      comment: 'shared/ is loaded by main, renderer, preload and the CLI: it imports nothing from them.',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer|preload)/' }
    },
    {
      name: 'electron-only-in-the-electron-glue',
      severity: 'error',
      comment:
        'Only main/electron/ (the Electron entry main.ts and its helpers) and preload/ import electron; ' +
        'the rest runs in plain Node (CLI, browser mode, worker threads).',
      from: { path: '^(main|shared|renderer|tests)/', pathNot: '^main/electron/' },
      to: { path: '^node_modules/electron/' }
    },
    {
      name: 'domain-never-imports-a-door',
      severity: 'error',
      comment:
        'Domain folders (main/* other than the doors, host, commands and network) are Electron- and ' +
        'transport-free: they never import main/http, main/cli, main/electron or main/web.',
      from: { path: '^main/', pathNot: notDomain },
      to: { path: doors }
    },
    {
      name: 'renderer-never-imports-main',
      severity: 'error',
      comment: 'The renderer reaches the core only through window.lumbung.invoke (or /rpc): never main/ or preload/.',
      from: { path: '^renderer/' },
      to: { path: '^(main|preload)/' }
    },
    {
      name: 'preload-imports-only-shared',
      severity: 'error',
      comment: 'The sandboxed preload exposes invoke and progress; it may use shared/ declarations only.',
      from: { path: '^preload/' },
      to: { path: '^(main|renderer)/' }
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|release)/' },
    // Type-only imports count too (for cycles and for the folder rules).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings']
    },
    reporterOptions: { text: { highlightFocused: true } }
  }
}
