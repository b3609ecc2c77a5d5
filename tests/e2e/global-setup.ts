import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The specs serve the built renderer; fail early and clearly when it is missing. */
export default function globalSetup(): void {
  const index = fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url))
  if (!existsSync(index))
    throw new Error('out/renderer belum ada: jalankan "npx electron-vite build" sebelum Playwright')
}
