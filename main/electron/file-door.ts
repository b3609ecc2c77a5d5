import { z } from 'zod'
import { commands, isCommandName } from '../../shared/commands'
import type { PathRequest } from '../../shared/bridge'
import type { CommandErrorData } from '../../shared/errors'

/** The system dialogs, as the Electron glue provides them (tests pass stand-ins). */
export interface Dialogs {
  open(r: PathRequest): Promise<string | null>
  save(r: PathRequest): Promise<string | null>
  folder(r: PathRequest): Promise<string | null>
}

const requestSchema = z.strictObject({
  kind: z.enum(['open', 'save', 'folder']),
  title: z.string().max(200),
  defaultName: z.string().max(255).optional(),
  filters: z
    .array(
      z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9.]{1,20}$/i)).max(10) })
    )
    .max(10)
    .optional()
})

const openSchema = z.strictObject({ path: z.string().min(1).max(4096), how: z.enum(['open', 'reveal']) })
const OPENABLE = /\.(pdf|xlsx|csv|json|journal|beancount|txt)$/i
const OPEN_REFUSED = 'Berkas ini tidak dipilih lewat jendela pilihan berkas, jadi tidak dibuka dari sini.'

/**
 * In the desktop app a command may name a file on this computer only when the person at the
 * laptop chose it in the system dialog: the main process remembers, per window, each path its
 * dialogs returned, and refuses any other path the page sends (a compromised page, a pengawas
 * typing one in). The page never gets to write or read where the person did not point.
 */
export class ElectronFileDoor {
  private readonly chosen = new Map<number, Set<string>>()

  constructor(private readonly dialogs: Dialogs) {}

  async choose(sender: number, raw: unknown): Promise<string | null> {
    const parsed = requestSchema.safeParse(raw)
    if (!parsed.success) return null
    const r = parsed.data as PathRequest
    const path =
      r.kind === 'open'
        ? await this.dialogs.open(r)
        : r.kind === 'save'
          ? await this.dialogs.save(r)
          : await this.dialogs.folder(r)
    if (!path) return null
    if (!this.chosen.has(sender)) this.chosen.set(sender, new Set())
    this.chosen.get(sender)!.add(path)
    return path
  }

  /** null when every file field of the input holds a path this window's dialogs returned. */
  check(sender: number, command: string, input: unknown): CommandErrorData | null {
    if (!isCommandName(command)) return null
    const def = commands[command] as { files?: { read?: readonly string[]; write?: readonly string[] } }
    if (!def.files || typeof input !== 'object' || input === null) return null
    const allowed = this.chosen.get(sender) ?? new Set<string>()
    for (const f of [...(def.files.read ?? []), ...(def.files.write ?? [])]) {
      const v = (input as Record<string, unknown>)[f]
      if (v === undefined || v === null) continue
      if (typeof v !== 'string' || !allowed.has(v)) {
        return {
          code: 'UNAUTHORIZED',
          message: 'Berkas: pilih berkas atau folder lewat jendela pilihan berkas; lokasi yang diketik tidak diterima.',
          field: f
        }
      }
    }
    return null
  }

  /**
   * "Buka" / "Tampilkan di folder": the path, when this window's own save or open dialog returned it
   * and (to open it with its program) it is a document, never a program or a script.
   */
  openable(sender: number, raw: unknown): { path: string; how: 'open' | 'reveal' } | string {
    const parsed = openSchema.safeParse(raw)
    if (!parsed.success) return OPEN_REFUSED
    const { path, how } = parsed.data
    if (!this.chosen.get(sender)?.has(path)) return OPEN_REFUSED
    if (how === 'open' && !OPENABLE.test(path))
      return 'Berkas jenis ini tidak dibuka dari Lumbung; gunakan "Tampilkan di folder".'
    return { path, how }
  }

  forget(sender: number): void {
    this.chosen.delete(sender)
  }
}
