import { config } from 'zod'

// The renderer reads the command table (shared/commands) for each command's permission; the
// schemas come along but never parse here. Without this, zod probes `new Function` when a schema
// is built, which the page's Content-Security-Policy (no 'unsafe-eval') reports as a violation.
config({ jitless: true })
