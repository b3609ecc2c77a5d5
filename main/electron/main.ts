import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import {
  IPC_CHOOSE_PATH_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OPEN_PATH_CHANNEL,
  IPC_PROGRESS_CHANNEL
} from '../../shared/bridge'
import type { Executor } from '../commands/executor'
import { RemoteExecutor } from '../host/remote'
import { isAppNavigation, isTrustedSender, mainWindowOptions } from './window-options'
import { APP_INDEX_URL, APP_SCHEME, isAllowedExternal, resolveAppRequest } from './app-protocol'
import { ElectronFileDoor } from './file-door'
import { toErrorResponse } from '../commands/dispatch'
import { startHttpBridge, type HttpBridge } from '../http/server'
import { lanStartFailed, listenAfterStart } from '../network/door'
import type { LanState } from '../../shared/commands/network'

// Electron glue only: everything below delegates to the Electron-free core.
let executor: Executor | null = null
let bookFile = ''
/** Office network mode: the HTTPS door for other desks, started only when the bendahara switches it on. */
let officeDoor: HttpBridge | null = null
let mainWindow: BrowserWindow | null = null
const sessions = new Map<number, string>()
const rendererDir = join(__dirname, '../renderer')
const devServerUrl = process.env.ELECTRON_RENDERER_URL

// The renderer is served from app://lumbung/ (never file://): only the renderer folder, with the CSP as a header.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const fileDoor = new ElectronFileDoor({
  open: async (r) => {
    const res = await dialog.showOpenDialog(mainWindow!, {
      title: r.title,
      properties: ['openFile'],
      filters: r.filters ?? []
    })
    return res.canceled ? null : (res.filePaths[0] ?? null)
  },
  save: async (r) => {
    const res = await dialog.showSaveDialog(mainWindow!, {
      title: r.title,
      defaultPath: r.defaultName ?? '',
      filters: r.filters ?? [],
      properties: ['showOverwriteConfirmation', 'createDirectory']
    })
    return res.canceled ? null : (res.filePath ?? null)
  },
  folder: async (r) => {
    const res = await dialog.showOpenDialog(mainWindow!, {
      title: r.title,
      properties: ['openDirectory', 'createDirectory']
    })
    return res.canceled ? null : (res.filePaths[0] ?? null)
  }
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('Lumbung tidak dapat dibuka', e instanceof Error ? e.message : String(e))
      app.quit()
    })
}

// Every window and frame: no navigation away from the app, no new windows, no webviews.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (e, url) => {
    if (!isAppNavigation(url, devServerUrl)) e.preventDefault()
  })
  contents.on('will-redirect', (e, url) => {
    if (!isAppNavigation(url, devServerUrl)) e.preventDefault()
  })
  contents.on('will-frame-navigate', (e) => {
    if (!isAppNavigation(e.url, devServerUrl) && !e.url.startsWith('blob:')) e.preventDefault()
  })
  contents.on('will-attach-webview', (e) => e.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
})

async function start(): Promise<void> {
  const file = join(app.getPath('userData'), 'lumbung.sqlite')
  // The book lives in its own thread, so the window never waits on SQLite.
  const host = await RemoteExecutor.start({
    bookFile: file,
    create: true,
    program: 'aplikasi Lumbung',
    entry: join(__dirname, 'host.js'),
    poolEntry: join(__dirname, 'worker.js'),
    startBackups: true
  })
  executor = host
  bookFile = host.file

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.setDevicePermissionHandler(() => false)

  protocol.handle(APP_SCHEME, async (request) => {
    const r = resolveAppRequest(request.url, rendererDir, existsSync)
    if (r.status !== 200) return new Response('Tidak ditemukan', { status: r.status })
    return new Response(await readFile(r.file), { status: 200, headers: r.headers })
  })

  ipcMain.handle(IPC_CHOOSE_PATH_CHANNEL, async (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return null
    return fileDoor.choose(event.sender.id, request)
  })

  // "Buka" / "Tampilkan di folder" after saving: only what this window's dialog chose.
  ipcMain.handle(IPC_OPEN_PATH_CHANNEL, async (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return 'Pengirim tidak dikenal'
    const r = fileDoor.openable(event.sender.id, request)
    if (typeof r === 'string') return r
    if (!existsSync(r.path)) return 'Berkas tidak ditemukan lagi di lokasinya; mungkin sudah dipindah atau dihapus.'
    if (r.how === 'reveal') {
      shell.showItemInFolder(r.path)
      return null
    }
    const failed = await shell.openPath(r.path)
    return failed ? `Berkas tidak dapat dibuka: ${failed}` : null
  })

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, command: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Pengirim tidak dikenal' } }
    }
    if (typeof command !== 'string' || !executor) return toErrorResponse(new Error('Perintah tidak valid'))
    const refused = fileDoor.check(event.sender.id, command, input)
    if (refused) return { ok: false, error: refused }
    const execOpts = {
      sessionToken: sessions.get(event.sender.id) ?? null,
      door: 'local' as const,
      source: `aplikasi:${event.sender.id}`,
      lanDoor: true
    }
    const response = await executor.execute(command, input, {
      ...execOpts,
      onProgress: (p) => event.sender.send(IPC_PROGRESS_CHANNEL, { ...p, command })
    })
    // The window itself talks over IPC; the other desks of the office get the same renderer over HTTPS.
    if (command === 'network.start' && response.ok) {
      officeDoor ??= await startHttpBridge({ executor, staticDir: rendererDir, bookFile })
      const failed = await listenAfterStart(officeDoor, executor, response.result as LanState, execOpts)
      if (failed) return { ok: false, error: { code: 'CONFLICT', message: lanStartFailed(failed) } }
    }
    if (command === 'network.stop' && response.ok) await officeDoor?.stopLan()
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
  const windowId = mainWindow.webContents.id
  mainWindow.on('closed', () => {
    fileDoor.forget(windowId)
    sessions.delete(windowId)
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  if (devServerUrl) await mainWindow.loadURL(devServerUrl)
  else await mainWindow.loadURL(APP_INDEX_URL)
}

app.on('window-all-closed', () => {
  void (officeDoor?.close() ?? Promise.resolve()).then(() => executor?.close()).finally(() => app.quit())
})
