import { openBook } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import { timeRow } from '../bench/timing'
import { performance } from 'node:perf_hooks'
const t0 = performance.now()
const book = await openBook('/tmp/s1m.sqlite', { targetVersion: 13, backupDir: '/tmp/s1m-backups' })
console.log(`open + migrate 10→13: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const ctx = { book, actor: 'bench', now: () => new Date() }
const call = (n: string, i: unknown) => () => { const r = runCommand(ctx as never, n, i); if (!r.ok) throw new Error(r.error.message) }
console.log(timeRow('Posisi keuangan 31 Dec 2025 (with 2024)', call('statements.balanceSheet', { asOf: '2025-12-31' }), 15))
console.log(timeRow('Hasil usaha 2025 (with 2024)', call('statements.incomeStatement', { from: '2025-01-01', to: '2025-12-31' }), 15))
console.log(timeRow('Perubahan ekuitas 2025', call('statements.equityChanges', { from: '2025-01-01', to: '2025-12-31' }), 15))
console.log(timeRow('Arus kas 2025 (with 2024)', call('statements.cashFlow', { from: '2025-01-01', to: '2025-12-31' }), 15))
console.log(timeRow('Arus kas 16 Mar – 15 Sep 2025', call('statements.cashFlow', { from: '2025-03-16', to: '2025-09-15' }), 15))
console.log(timeRow('Hasil usaha 16 Mar – 15 Sep 2025', call('statements.incomeStatement', { from: '2025-03-16', to: '2025-09-15' }), 15))
console.log(timeRow('CALK 2025', call('statements.calk', { from: '2025-01-01', to: '2025-12-31' }), 5))
console.log(timeRow('Neraca saldo unit SEMBAKO 31 Dec 2025', call('reports.trialBalance', { asOf: '2025-12-31', unit: 'SEMBAKO' }), 5))
const t1 = performance.now(); const c = runCommand(ctx as never, 'ledger.check', {}); console.log(`ledger.check ${((performance.now() - t1) / 1000).toFixed(1)} s ok=${c.ok && (c.result as any).ok}`)
book.close()
