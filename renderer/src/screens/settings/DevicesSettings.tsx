import { useState } from 'react'
import type { DeviceRow } from '../../../../shared/commands/devices'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { roleName } from '../../app/session'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { ScrollRegion } from '../../components/ScrollRegion'
import { t } from '../../i18n'
import { formatStamp } from '../../lib/dates'

const T = t.settings.devices

/** Pengaturan › Perangkat: who is logged in from which computer, and "Putuskan" for the bendahara. */
export function DevicesSettings() {
  const list = useCommand('devices.list', {})
  const invoke = useInvoke()
  const [confirming, setConfirming] = useState<DeviceRow | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | undefined>(undefined)
  const [message, setMessage] = useState<string | null>(null)
  const rows = list.data ?? []

  const disconnect = async (d: DeviceRow) => {
    setBusy(true)
    setError(undefined)
    try {
      await invoke('devices.disconnect', { deviceId: d.deviceId })
      setMessage(T.done(d.label))
      setConfirming(null)
      list.reload()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="devices-heading">
      <div className="card__head">
        <div>
          <h2 id="devices-heading" className="card__title">
            {T.heading}
          </h2>
          <p className="muted small">{T.lead}</p>
        </div>
        <button type="button" className="btn btn--secondary" onClick={list.reload}>
          {T.refresh}
        </button>
      </div>
      {message && <Notice tone="success">{message}</Notice>}
      <FailureNotice error={list.error ?? (confirming ? undefined : error)} />
      <ScrollRegion className="table-wrap">
        <table className="table" aria-label={T.heading}>
          <thead>
            <tr>
              <th scope="col">{T.colDevice}</th>
              <th scope="col">{T.colAddress}</th>
              <th scope="col">{T.colUser}</th>
              <th scope="col">{T.colRole}</th>
              <th scope="col">{T.colLoggedIn}</th>
              <th scope="col">{T.colLastSeen}</th>
              <th scope="col">{T.colStream}</th>
              <th scope="col" className="is-right">
                {t.common.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data && rows.length === 0 && (
              <tr className="table__empty">
                <td colSpan={8}>{T.empty}</td>
              </tr>
            )}
            {rows.map((d) => (
              <tr key={`${d.deviceId}:${d.username}`} data-testid="device-row">
                <td>{d.label}</td>
                <td className="mono">{d.address}</td>
                <td>
                  {d.fullName} <span className="muted mono">({d.username})</span>
                </td>
                <td>{roleName(d.role)}</td>
                <td>{formatStamp(d.loggedInAt)}</td>
                <td>{formatStamp(d.lastSeenAt)}</td>
                <td>
                  {d.streamConnected ? (
                    <span className="badge badge--ok">{T.connected}</span>
                  ) : (
                    <span className="badge badge--muted">{T.notConnected}</span>
                  )}
                </td>
                <td className="is-right row-actions">
                  <button
                    type="button"
                    className="btn btn--link btn--sm"
                    aria-label={T.disconnectLabel(d.label, d.username)}
                    onClick={() => {
                      setMessage(null)
                      setError(undefined)
                      setConfirming(d)
                    }}
                  >
                    {T.disconnect}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {confirming && (
        <Dialog
          title={T.confirmTitle}
          onClose={() => setConfirming(null)}
          footer={
            <>
              <button type="button" className="btn btn--secondary" onClick={() => setConfirming(null)}>
                {t.common.cancel}
              </button>
              <button
                type="button"
                className="btn btn--danger"
                disabled={busy}
                onClick={() => void disconnect(confirming)}
              >
                {T.disconnect}
              </button>
            </>
          }
        >
          <p>{T.confirm(confirming.label, confirming.fullName)}</p>
          <FailureNotice error={error} />
        </Dialog>
      )}
    </section>
  )
}
