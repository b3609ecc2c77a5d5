// Source runs (tests, browser mode under tsx): load the TypeScript host thread through tsx.
// The packaged app uses the bundled out/main/host.js instead.
import { register } from 'tsx/esm/api'

register()
await import('./host-worker.ts')
