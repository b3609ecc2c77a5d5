import type { BrowserWindowConstructorOptions } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-protocol'

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

/** Only the app's own page may call commands: app://lumbung (the packaged renderer) or the dev server. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  if (!frameUrl) return false
  try {
    const u = new URL(frameUrl)
    if (devServerUrl) {
      const d = new URL(devServerUrl)
      if (u.origin === d.origin) return true
    }
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST
  } catch {
    return false
  }
}

/** Where the window may go: nowhere but the app's own pages. */
export function isAppNavigation(url: string, devServerUrl?: string): boolean {
  return isTrustedSender(url, devServerUrl)
}
