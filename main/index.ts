import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { IPC_INVOKE_CHANNEL, IPC_PROGRESS_CHANNEL } from '../shared/bridge'
import { openBook } from './db/book'
import { createExecutor, type Executor } from './commands/executor'
import { WorkerPool } from './worker/pool'
import { CONTENT_SECURITY_POLICY } from './security/csp'
import { isTrustedSender, mainWindowOptions } from './electron/window-options'
import { toErrorResponse } from './commands/dispatch'

// Electron glue only: everything below delegates to the Electron-free core.
let executor: Executor | null = null
let mainWindow: BrowserWindow | null = null
const sessions = new Map<number, string>()
const rendererIndex = join(__dirname, '../renderer/index.html')
const devServerUrl = process.env.ELECTRON_RENDERER_URL

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.whenReady().then(start).catch((e: unknown) => {
    dialog.showErrorBox('Lumbung tidak dapat dibuka', e instanceof Error ? e.message : String(e))
    app.quit()
  })
}

async function start(): Promise<void> {
  const file = join(app.getPath('userData'), 'lumbung.sqlite')
  const book = await openBook(file, { create: true })
  const host = createExecutor(book, { pool: new WorkerPool(file, join(__dirname, 'worker.js')) })
  executor = host
  await host.startBackups()

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, command: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, pathToFileURL(rendererIndex).href, devServerUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Pengirim tidak dikenal' } }
    }
    if (typeof command !== 'string' || !executor) return toErrorResponse(new Error('Perintah tidak valid'))
    const response = await executor.execute(command, input, {
      sessionToken: sessions.get(event.sender.id) ?? null,
      onProgress: (p) => event.sender.send(IPC_PROGRESS_CHANNEL, { ...p, command })
    })
    // The login session stays in the main process, keyed by window; the page never holds it.
    if (command === 'auth.login' && response.ok) {
      const { sessionToken, ...rest } = response.result as { sessionToken: string }
      sessions.set(event.sender.id, sessionToken)
      return { ok: true, result: rest }
    }
    if (command === 'auth.logout' && response.ok) sessions.delete(event.sender.id)
    return response
  })

  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs')))
  mainWindow.webContents.on('will-navigate', (e) => e.preventDefault())
  mainWindow.webContents.on('will-attach-webview', (e) => e.preventDefault())
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  if (devServerUrl) await mainWindow.loadURL(devServerUrl)
  else await mainWindow.loadFile(rendererIndex)
}

app.on('window-all-closed', () => {
  void executor?.close().finally(() => app.quit())
})
