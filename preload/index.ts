import { contextBridge, ipcRenderer } from 'electron'
import {
  IPC_CHOOSE_PATH_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OPEN_PATH_CHANNEL,
  IPC_PROGRESS_CHANNEL,
  type LumbungBridge,
  type ProgressEvent
} from '../shared/bridge'

// Only invoke(command, input), a progress subscription, the system file dialog and opening what it chose cross into the page.
const bridge: LumbungBridge = {
  invoke: (command, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, String(command), input),
  onProgress: (listener) => {
    const wrapped = (_e: unknown, p: ProgressEvent) => listener(p)
    ipcRenderer.on(IPC_PROGRESS_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(IPC_PROGRESS_CHANNEL, wrapped)
  },
  choosePath: (request) => ipcRenderer.invoke(IPC_CHOOSE_PATH_CHANNEL, request) as Promise<string | null>,
  openPath: (path, how) =>
    ipcRenderer.invoke(IPC_OPEN_PATH_CHANNEL, {
      path: String(path),
      how: how === 'reveal' ? 'reveal' : 'open'
    }) as Promise<string | null>
}

contextBridge.exposeInMainWorld('lumbung', bridge)
