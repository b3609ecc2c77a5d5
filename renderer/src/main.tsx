// First: must run before any module builds a zod schema (see the file).
import './lib/zodJitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { chooseTransport, type Transport } from './api/transport'
import { createApi } from './api/invoke'
import { App } from './app/App'
import { BootError } from './app/BootError'
import './styles/tokens.css'
import './styles/app.css'

const root = createRoot(document.getElementById('root')!)

let transport: Transport | null = null
let bootError: unknown = null
try {
  transport = chooseTransport(window)
} catch (e) {
  bootError = e
}

root.render(<StrictMode>{transport ? <App api={createApi(transport)} /> : <BootError error={bootError} />}</StrictMode>)
