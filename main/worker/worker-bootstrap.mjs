// Source runs (tests, CLI, browser mode under tsx): load the TypeScript worker through tsx.
// The packaged app uses the bundled out/main/worker.js instead.
import { register } from 'tsx/esm/api'

register()
await import('./worker-entry.ts')
