import { Readable } from 'node:stream'
import { join } from 'node:path'
import writeXlsxFile from 'write-excel-file/node'
import { afterAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { RemoteExecutor } from '../../../main/host/remote'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

const t = tempDir('lumbung-utas-')
afterAll(() => t.cleanup())

describe('the book in its own thread (desktop app and browser mode)', () => {
  it('runs the same commands, streams progress, takes uploads, and holds the book lock for its program', async () => {
    const file = join(t.dir, 'buku.sqlite')
    const remote = await RemoteExecutor.start({ bookFile: file, create: true, program: 'aplikasi Lumbung (uji)' })
    try {
      await ok(
        remote.execute('setup.initialize', {
          profile: SAMPLE_PROFILE,
          firstFinancialYear: 2026,
          booksStartDate: '2026-01-01'
        })
      )
      const e = await ok<{ number: string; total: number }>(
        remote.execute('journal.post', {
          date: '2026-01-05',
          description: 'Setoran',
          lines: [
            { account: '1-1101', debit: 7500 },
            { account: '3-3101', credit: 7500 }
          ]
        })
      )
      expect(e).toMatchObject({ number: 'JU-2026-000001', total: 7500 })
      const seen: string[] = []
      const check = await ok<{ ok: boolean }>(
        remote.execute('system.check', {}, { onProgress: (p) => seen.push(p.label) })
      )
      expect(check.ok).toBe(true)
      expect(seen).toContain('Menurunkan ulang buku besar dari jejak audit')
      const xlsx = (await writeXlsxFile([
        ['No. anggota', 'Nama', 'L/P', 'Tanggal masuk'],
        ['A-1', 'Sari', 'P', '01/01/2026']
      ] as never).toBuffer()) as Buffer
      const up = await remote.receiveUpload(Readable.from([xlsx]), 'anggota.xlsx')
      const p = await ok<{ rows: number; file: string }>(
        remote.execute('members.importPreview', { uploadId: up.uploadId, openingDate: '2026-01-01' })
      )
      expect(p).toMatchObject({ rows: 1, file: 'anggota.xlsx' })
      // Another program is told who holds the book.
      const second = await RemoteExecutor.start({ bookFile: file }).catch((err: Error) => err)
      expect(second).toBeInstanceOf(Error)
      expect((second as Error).message).toContain('aplikasi Lumbung (uji)')
    } finally {
      await remote.close()
    }
  })

  it('the calling thread keeps running while a long command works in the book thread', async () => {
    const file = join(t.dir, 'panjang.sqlite')
    const seed = createExecutor(await openBook(file, { create: true }))
    await ok(
      seed.execute('setup.initialize', {
        profile: SAMPLE_PROFILE,
        firstFinancialYear: 2026,
        booksStartDate: '2026-01-01'
      })
    )
    const lines = Array.from({ length: 60 }, (_, i) => [
      { account: '1-1101', debit: 100 + i },
      { account: '3-3101', credit: 100 + i }
    ]).flat()
    for (let i = 0; i < 300; i++)
      await ok(seed.execute('journal.post', { date: '2026-02-01', description: `Setoran ${i}`, lines }))
    await seed.close()
    const remote = await RemoteExecutor.start({ bookFile: file })
    try {
      let ticks = 0
      let running = true
      const tick = () => {
        ticks++
        if (running) setImmediate(tick)
      }
      setImmediate(tick)
      const r = await remote.execute('ledger.check', {})
      const during = ticks
      running = false
      expect(r.ok).toBe(true)
      // An in-process synchronous check would let no tick through until it finished.
      expect(during).toBeGreaterThan(50)
    } finally {
      await remote.close()
    }
  }, 180_000)
})
