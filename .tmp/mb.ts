import { qb } from '../main/db/query'
let t = performance.now()
const N = 100000
for (let i = 0; i < N; i++) qb.selectFrom('loan_products').selectAll().where('code', '=', 'X').where('effective_from', '<=', '2026-01-01').orderBy('effective_from', 'desc').limit(1).compile()
console.log('select µs', ((performance.now() - t) * 1000) / N)
t = performance.now()
for (let i = 0; i < N; i++) qb.insertInto('members').values({ member_no: 'a', name: 'b', status: 'AKTIF', created_at: 'x', nik: null, position: 'ANGGOTA' }).compile()
console.log('insert µs', ((performance.now() - t) * 1000) / N)
