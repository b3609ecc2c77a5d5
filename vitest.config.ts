import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          // The CLI tests run the compiled CLI, as users do: build it once first.
          globalSetup: ['tests/helpers/build-cli.ts']
        }
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.tsx']
        }
      }
    ]
  }
})
