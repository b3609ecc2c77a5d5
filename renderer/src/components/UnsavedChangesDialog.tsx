import { useEffect } from 'react'
import { t } from '../i18n'
import { installNavigationGuard, leaveAnyway, stayHere, usePendingNavigation } from '../lib/unsaved'
import { Dialog } from './Dialog'

/** Asks before leaving a form with unsaved changes; mounted once, with the guard on links and Back. */
export function UnsavedChangesDialog() {
  const open = usePendingNavigation()
  useEffect(() => installNavigationGuard(), [])
  if (!open) return null
  return (
    <Dialog
      title={t.unsaved.title}
      onClose={stayHere}
      footer={
        <>
          <button type="button" className="btn btn--primary" onClick={stayHere} data-autofocus>
            {t.unsaved.stay}
          </button>
          <button type="button" className="btn btn--danger" onClick={leaveAnyway}>
            {t.unsaved.leave}
          </button>
        </>
      }
    >
      <p>{t.unsaved.body}</p>
    </Dialog>
  )
}
