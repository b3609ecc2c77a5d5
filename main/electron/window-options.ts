import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The main window's options, kept free of runtime Electron imports so tests can assert the
 * hardening: an isolated, sandboxed renderer with no Node and no webview.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Lumbung',
    show: false,
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: process.env.NODE_ENV === 'development'
    }
  }
}

/** Only the app's own page may call commands: the packaged file or the dev server. */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string, devServerUrl?: string): boolean {
  if (!frameUrl) return false
  try {
    const u = new URL(frameUrl)
    if (devServerUrl) {
      const d = new URL(devServerUrl)
      if (u.origin === d.origin) return true
    }
    const expected = new URL(rendererIndexUrl)
    return u.protocol === 'file:' && expected.protocol === 'file:' && u.pathname === expected.pathname
  } catch {
    return false
  }
}
