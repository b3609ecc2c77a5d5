import { useState } from 'react'
import qrcode from 'qrcode-generator'
import type { LanState, NetworkStatus } from '../../../../shared/commands/network'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { formatStamp } from '../../lib/dates'

const T = t.settings.network
const OTHER = '__lain__'

/** The URL as a QR code, drawn as SVG squares (no markup from the library reaches the page). */
function QrCode({ text }: { text: string }) {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const cells: string[] = []
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) cells.push(`M${c + 4},${r + 4}h1v1h-1z`)
  return (
    <svg
      className="lan-qr"
      role="img"
      aria-label={T.qr(text)}
      viewBox={`0 0 ${n + 8} ${n + 8}`}
      width={200}
      height={200}
      shapeRendering="crispEdges"
    >
      <rect width={n + 8} height={n + 8} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  )
}

function Running({ state }: { state: LanState }) {
  return (
    <>
      <Notice tone="warning" title={T.statusOn(state.interfaceName)}>
        {T.warningOn}
      </Notice>
      <dl className="summary__list">
        <dt>{T.url}</dt>
        <dd>
          <code data-testid="lan-url">{state.url}</code>
        </dd>
        <dt>{T.fingerprint}</dt>
        <dd>
          <code className="path" data-testid="lan-fingerprint">
            {state.fingerprint}
          </code>
        </dd>
        <dt>{T.pairingCode}</dt>
        <dd>
          <strong className="lan-code" data-testid="lan-pairing-code">
            {state.pairingCode}
          </strong>
          <p className="muted small">{T.pairingHint}</p>
        </dd>
      </dl>
      <QrCode text={state.url} />
      <p className="muted small">{T.startedBy(state.startedBy, formatStamp(state.startedAt))}</p>
    </>
  )
}

export function NetworkSettings() {
  const invoke = useInvoke()
  const status = useCommand('network.status', {})
  const [choice, setChoice] = useState('')
  const [custom, setCustom] = useState('')
  const [port, setPort] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const s: NetworkStatus | undefined = status.data ?? undefined

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await fn()
      status.reload()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  const firstLan = s?.interfaces.find((i) => !i.internal)?.address ?? s?.interfaces[0]?.address ?? OTHER
  const selected = choice || firstLan
  const address = selected === OTHER ? custom.trim() : selected
  const options = [
    ...(s?.interfaces ?? []).map((i) => ({
      value: i.address,
      label: i.internal ? T.loopbackOption(i.name, i.address) : T.interfaceOption(i.name, i.address)
    })),
    { value: OTHER, label: T.otherAddress }
  ]
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined)

  return (
    <section className="card settings-card" aria-labelledby="network-heading">
      <h2 id="network-heading" className="card__title">
        {T.heading}
      </h2>
      <p className="muted small">{T.lead}</p>
      <FailureNotice error={status.error} />
      {s && !s.available && <Notice tone="info">{T.notAvailable}</Notice>}
      {s && s.available && !s.authEnabled && !s.running && <Notice tone="warning">{T.authOff}</Notice>}
      {s?.running ? (
        <>
          <Running state={s.running} />
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void run(() => invoke('network.stop', {}))}
          >
            {busy ? T.stopping : T.off}
          </button>
        </>
      ) : (
        s && (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault()
              void run(() => invoke('network.start', { address, ...(port.trim() ? { port: Number(port) } : {}) }))
            }}
          >
            <p className="muted">{T.statusOff}</p>
            <Notice tone="warning">{T.warning}</Notice>
            <SelectField
              label={T.address}
              hint={T.addressHint}
              value={selected}
              onChange={setChoice}
              options={options}
              error={selected === OTHER ? undefined : fieldError('address')}
            />
            {selected === OTHER && (
              <TextField
                label={T.customAddress}
                value={custom}
                onChange={setCustom}
                inputMode="decimal"
                error={fieldError('address')}
                required
              />
            )}
            <TextField
              label={T.port}
              value={port}
              onChange={setPort}
              inputMode="numeric"
              placeholder={String(s.defaultPort)}
              error={fieldError('port')}
              optional
            />
            {error && !error.field && <FailureNotice error={error} />}
            <button
              type="submit"
              className="btn btn--primary"
              disabled={busy || !s.available || !s.authEnabled || address === ''}
            >
              {busy ? T.starting : T.on}
            </button>
          </form>
        )
      )}
    </section>
  )
}
