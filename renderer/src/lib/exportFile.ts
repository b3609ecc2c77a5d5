import { useCallback } from 'react'
import type { PathRequest } from '../../../shared/bridge'
import type { ExportedFile } from '../../../shared/commands/files'
import { useFiles } from '../api/context'
import type { FileTarget, SavedFile } from '../api/files'
import { t } from '../i18n'

export const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }]
export const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }]
export const FILTERS: Record<string, PathRequest['filters']> = {
  pdf: PDF_FILTERS,
  xlsx: XLSX_FILTERS,
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  lumbung: [{ name: t.files.filters.book, extensions: ['lumbung'] }]
}

/** A command's result with the document(s) handed over: `saved` for the notice ("Buka", "Tampilkan di folder"). */
export type Exported<R> = R & { saved: SavedFile; payloadSaved: SavedFile | null }

/**
 * Runs an export the way the door expects: the desktop app first asks where to save (system
 * dialog, suggesting `defaultName`), the browser downloads what comes back. Resolves null when the
 * treasurer cancels.
 */
export function useExportFile() {
  const files = useFiles()
  return useCallback(
    async <R extends ExportedFile & { payload?: ExportedFile | null }>(
      title: string,
      defaultName: string,
      run: (target: FileTarget) => Promise<R>
    ): Promise<Exported<R> | null> => {
      const ext = defaultName.split('.').pop() ?? ''
      const target = await files.chooseTarget(title, defaultName, FILTERS[ext])
      if (!target) return null
      const r = await run(target)
      const saved = await files.deliver(r)
      const payloadSaved = r.payload ? await files.deliver(r.payload) : null
      return { ...r, saved, payloadSaved }
    },
    [files]
  )
}
