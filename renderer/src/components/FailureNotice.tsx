import type { CommandFailure } from '../api/invoke'
import { t } from '../i18n'
import { Notice } from './Notice'

/**
 * A refused command. A role refusal (UNAUTHORIZED) is not the user's mistake: it says so calmly
 * with the book's own reason ("Peran Pengawas (hanya baca) tidak berwenang untuk: …").
 */
export function FailureNotice({ error }: { error: CommandFailure | null | undefined }) {
  if (!error) return null
  if (error.code === 'UNAUTHORIZED') {
    return (
      <Notice tone="warning" title={t.roles.unauthorizedTitle}>
        {error.message}
      </Notice>
    )
  }
  return <Notice tone="error">{error.message}</Notice>
}
