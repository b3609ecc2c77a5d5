import { homedir } from 'node:os'
import { join } from 'node:path'

/** The same folder Electron's app.getPath('userData') gives for productName "Lumbung". */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): string {
  if (env.LUMBUNG_DATA_DIR) return env.LUMBUNG_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lumbung')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lumbung')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Lumbung')
}

export function defaultBookFile(dataDir = userDataDir()): string {
  return join(dataDir, 'lumbung.sqlite')
}
