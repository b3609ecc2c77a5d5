// npm run bench:shu — pure SHU allocation (components + JMA/JUA by largest remainder) for 50.000 members (target ≤ 1 s).
import { timeRow } from './timing'
import { mulberry32 } from './generate'
import { allocate, DEFAULT_PERCENTAGES, type MemberInput } from '../../shared/shu/allocate'

const N = Number(process.argv[2] ?? 50_000)
const rand = mulberry32(42)
const members: MemberInput[] = Array.from({ length: N }, (_, i) => ({
  memberNo: `KDMP-${String(i + 1).padStart(6, '0')}`,
  S: 100_000 + Math.floor(rand() * 120) * 25_000,
  T: Math.floor(rand() * 40_000_000)
}))
const shuAfterTax = 4_876_543_219
let last = allocate({ shuAfterTax, percentages: DEFAULT_PERCENTAGES, members })
const sum = last.members.reduce((s, m) => s + m.total, 0)
if (sum !== last.totals.JM + last.totals.JU) throw new Error('Σ anggota ≠ pool')
console.log(`\nSHU allocation, ${N.toLocaleString('id-ID')} anggota, SHU Rp${shuAfterTax.toLocaleString('id-ID')}\n`)
console.log('| Operation | Time |')
console.log('|---|---|')
console.log(
  timeRow(
    `allocate (LARGEST_REMAINDER), ${N} anggota`,
    () => {
      last = allocate({ shuAfterTax, percentages: DEFAULT_PERCENTAGES, members })
    },
    10
  )
)
console.log(
  timeRow(
    `allocate (FLOOR_TO_RESERVE), ${N} anggota`,
    () => allocate({ shuAfterTax, percentages: DEFAULT_PERCENTAGES, members }, { rounding: 'FLOOR_TO_RESERVE' }),
    10
  )
)
console.log(
  timeRow(
    `allocate + Rp100 payout rounding, ${N} anggota`,
    () => allocate({ shuAfterTax, percentages: DEFAULT_PERCENTAGES, members }, { payoutRoundTo: 100 }),
    10
  )
)
