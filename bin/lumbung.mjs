#!/usr/bin/env node
// The CLI door: runs the TypeScript core directly through tsx, with no build step.
import { register } from 'tsx/esm/api'

register()
await import('../main/cli/main.ts')
