import { deepestRegionCode } from '../../shared/regions/codes'
import { formatDecimal } from '../../shared/money/decimal-text'
import { EXIT_REASON_LABELS } from '../../shared/commands/members'
import { todayIn } from '../setup/timezone'
import type { Drill } from '../../shared/commands/statements'
import { formatDateLong } from '../../shared/dates/format'
import { formatRupiah } from '../../shared/money/rupiah'
import {
  DEFAULT_DINAS_PROFILE,
  DINAS_FIELDS,
  DINAS_PREDICATE_LABELS,
  normalizeTemplate,
  type DinasColumn,
  type DinasDrill,
  type DinasFigure,
  type DinasPredicate,
  type DinasProfile,
  type DinasReport,
  type DinasValue
} from '../../shared/dinas/fields'
import { PREDICATE_LABELS, scoreHealth } from '../../shared/health/score'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { healthFigures } from '../health/figures'
import { healthSettings, storedAnswers } from '../health/health'
import { cumulativeByAccount } from '../ledger/balances'
import { loanPortfolio } from '../loans/portfolio'
import { listOfficers, memberStatistics, signatories } from '../rat'
import { getSetting, setSetting } from '../settings'
import { requireProfile } from '../setup/profile'
import { chart, natural } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'
import { quizSummary } from '../panduan/quiz'

const PROFILE_KEY = 'dinas.profile'
const TEMPLATE_KEY = 'dinas.template'

export function dinasProfile(book: Book): DinasProfile {
  const raw = getSetting(book, PROFILE_KEY)
  return { ...DEFAULT_DINAS_PROFILE, ...(raw ? (JSON.parse(raw) as Partial<DinasProfile>) : {}) }
}

export function setDinasProfile(book: Book, p: DinasProfile): DinasProfile {
  setSetting(book, PROFILE_KEY, JSON.stringify(p))
  return dinasProfile(book)
}

export function dinasTemplate(book: Book): { columns: DinasColumn[]; defaults: DinasColumn[] } {
  const raw = getSetting(book, TEMPLATE_KEY)
  return {
    columns: normalizeTemplate(raw ? (JSON.parse(raw) as DinasColumn[]) : null),
    defaults: normalizeTemplate(null)
  }
}

export function setDinasTemplate(book: Book, columns: DinasColumn[] | null) {
  setSetting(book, TEMPLATE_KEY, columns === null ? null : JSON.stringify(normalizeTemplate(columns)))
  return dinasTemplate(book)
}

const nb = (n: number) => n.toLocaleString('id-ID')

/**
 * Every field of DOMAIN.md §7.1 for a financial year, from the ledger and the registers, each with
 * how it was computed and where to look behind it. Balances and registers are read on 31 December
 * (or today, in a year still running); flows cover 1 January to that day.
 */
export function dinasReport(book: Book, year: number, now: Date): DinasReport {
  const p = requireProfile(book)
  const dp = dinasProfile(book)
  const today = todayIn(book, now)
  const yearEnd = `${year}-12-31`
  const asOf = yearEnd < today ? yearEnd : today < `${year}-01-01` ? yearEnd : today
  const from = `${year}-01-01`
  const figs = new Map<string, { value: DinasValue; how: string; drill: DinasDrill | null }>()
  const put = (key: string, value: DinasValue, how: string, drill: DinasDrill | null = null) =>
    figs.set(key, { value, how, drill })
  const route = (r: string, query?: Record<string, string>): DinasDrill => ({
    type: 'route',
    route: r,
    ...(query ? { query } : {})
  })
  const ledger = (d: Drill): DinasDrill => ({ type: 'ledger', drill: d })

  // Identitas
  const prof = route('pengaturan/profil')
  const dinasSet = route('dinas/laporan', { isian: '1' })
  put('nama', p.name, 'Dari profil koperasi (Pengaturan › Profil).', prof)
  put('badanHukumNomor', p.legalEntityNumber, 'Dari profil koperasi: nomor akta/SK badan hukum pendirian.', prof)
  put('badanHukumTanggal', p.legalEntityDate, 'Dari profil koperasi: tanggal badan hukum pendirian.', prof)
  put('perubahanAdNomor', dp.perubahanAdNomor, 'Diisi pada isian laporan Dinas (tidak ada di buku).', dinasSet)
  put('perubahanAdTanggal', dp.perubahanAdTanggal, 'Diisi pada isian laporan Dinas (tidak ada di buku).', dinasSet)
  put(
    'nikKoperasi',
    p.nikKoperasi,
    'Nomor Induk Koperasi dari profil koperasi — bukan NIK (Nomor Induk Kependudukan) perorangan.',
    prof
  )
  put(
    'statusNik',
    dp.statusNik === 'BERSERTIFIKAT' ? 'Bersertifikat' : dp.statusNik === 'BELUM' ? 'Belum bersertifikat' : null,
    'Diisi pada isian laporan Dinas: status sertifikat Nomor Induk Koperasi.',
    dinasSet
  )
  put(
    'nikBerlaku',
    dp.nikBerlaku,
    'Diisi pada isian laporan Dinas: tanggal berlaku sertifikat Nomor Induk Koperasi.',
    dinasSet
  )
  put('alamat', p.street, 'Dari profil koperasi: jalan dan nomor.', prof)
  put('desa', p.village, 'Dari profil koperasi.', prof)
  put('kecamatan', p.district, 'Dari profil koperasi.', prof)
  put('kabupaten', p.regency, 'Dari profil koperasi.', prof)
  put('provinsi', p.province, 'Dari profil koperasi.', prof)
  put(
    'kodeWilayah',
    deepestRegionCode(p),
    'Kode Kemendagri wilayah koperasi dari profil (desa/kelurahan, atau tingkat terdalam yang sudah dipilih); kosong bila wilayah belum dipilih dari daftar.',
    prof
  )
  put(
    'bentuk',
    dp.bentuk === 'SEKUNDER' ? 'Sekunder' : 'Primer',
    'Diisi pada isian laporan Dinas (bawaan: primer).',
    dinasSet
  )
  put(
    'jenis',
    dp.jenis ?? 'Serba usaha (dengan unit simpan pinjam)',
    dp.jenis
      ? 'Diisi pada isian laporan Dinas.'
      : 'Bawaan, karena belum diisi pada isian laporan Dinas: koperasi serba usaha dengan unit simpan pinjam.',
    dinasSet
  )
  put(
    'kelompok',
    dp.kelompok ?? p.cooperativeType,
    dp.kelompok
      ? 'Diisi pada isian laporan Dinas.'
      : 'Jenis koperasi pada profil koperasi (mis. Koperasi Desa/Kelurahan Merah Putih).',
    dp.kelompok ? dinasSet : prof
  )
  put('sektorUsaha', dp.sektorUsaha, 'Diisi pada isian laporan Dinas (KBLI atau uraian sektor).', dinasSet)
  put('grade', dp.grade, 'Diisi pada isian laporan Dinas: grade A–E ditetapkan Kemenkop dari kepatuhan RAT.', dinasSet)

  // Pengurus
  const sig = signatories(book, asOf)
  const seat = (role: string) => sig.signatories.find((s) => s.role === role)?.name ?? null
  const org = route('rat/organisasi')
  put(
    'ketua',
    seat('KETUA'),
    `Ketua pengurus yang menjabat pada ${formatDateLong(asOf)} (RAT › Pengurus & karyawan).`,
    org
  )
  put('sekretaris', seat('SEKRETARIS'), `Sekretaris pengurus yang menjabat pada ${formatDateLong(asOf)}.`, org)
  put('bendahara', seat('BENDAHARA'), `Bendahara pengurus yang menjabat pada ${formatDateLong(asOf)}.`, org)
  const pengawas = listOfficers(book, asOf, 'PENGAWAS')
  put(
    'pengawas',
    pengawas.length ? pengawas.map((o) => o.name).join(', ') : null,
    `Semua pengawas yang menjabat pada ${formatDateLong(asOf)}, ketua lebih dahulu.`,
    org
  )
  const staff = listOfficers(book, asOf, 'KARYAWAN')
  const managers = staff.filter((o) => o.position === 'MANAJER')
  put(
    'manajer',
    managers.length ? managers.map((o) => o.name).join(', ') : null,
    `Karyawan berjabatan manajer pada ${formatDateLong(asOf)}.`,
    org
  )
  const phones = sig.pengurus.filter((o) => o.phone).map((o) => `${o.name}: ${o.phone}`)
  put(
    'hpPengurus',
    phones.length ? phones.join('; ') : p.phone,
    phones.length
      ? 'Nomor HP pengurus yang menjabat, dari daftar pengurus.'
      : 'Belum ada nomor HP pada daftar pengurus: dipakai nomor telepon profil koperasi.',
    org
  )
  put('emailPengurus', p.email, 'Email pada profil koperasi.', prof)

  // Kelembagaan (DOMAIN §6.3)
  const st = memberStatistics(book, year)
  const members = route('anggota/daftar')
  const g = (key: string, c: { L: number; P: number; total: number }, what: string, note = '') => {
    put(`${key}L`, c.L, `${what} berjenis kelamin laki-laki, dari Buku Daftar Anggota.${note}`, members)
    put(`${key}P`, c.P, `${what} berjenis kelamin perempuan, dari Buku Daftar Anggota.${note}`, members)
  }
  const tanpa = (c: { tanpa: number }) =>
    c.tanpa ? ` Termasuk ${nb(c.tanpa)} orang tanpa jenis kelamin tercatat.` : ''
  g('anggotaAwal', st.start, `Anggota (bukan calon) yang tercatat pada 31 Desember ${year - 1}`)
  put(
    'anggotaAwal',
    st.start.total,
    `Anggota pada akhir 31 Desember ${year - 1}: sudah masuk dan belum keluar.${tanpa(st.start)}`,
    members
  )
  g('anggotaMasuk', st.joined, `Anggota yang tanggal masuknya di tahun ${year}`)
  put(
    'anggotaMasuk',
    st.joined.total,
    `Anggota dengan tanggal masuk 1 Januari–31 Desember ${year}.${tanpa(st.joined)}`,
    members
  )
  g('anggotaKeluar', st.left, `Anggota yang tanggal keluarnya di tahun ${year}`)
  put(
    'anggotaKeluar',
    st.left.total,
    `Anggota dengan tanggal keluar 1 Januari–31 Desember ${year}, semua alasan.${tanpa(st.left)}`,
    members
  )
  const reasonKey = {
    PERMINTAAN_SENDIRI: 'keluarPermintaanSendiri',
    MENINGGAL: 'keluarMeninggal',
    DIBERHENTIKAN: 'keluarDiberhentikan',
    PINDAH: 'keluarPindah'
  } as const
  for (const r of st.leftByReason)
    put(
      reasonKey[r.reason],
      r.count.total,
      `Anggota keluar di tahun ${year} dengan alasan "${EXIT_REASON_LABELS[r.reason]}" (L ${nb(r.count.L)}, P ${nb(r.count.P)}).`,
      members
    )
  g('anggota', st.end, `Anggota aktif pada 31 Desember ${year}`)
  put(
    'anggota',
    st.end.total,
    `Anggota pada 31 Desember ${year} = awal ${nb(st.start.total)} + masuk ${nb(st.joined.total)} − keluar ${nb(st.left.total)}.${tanpa(st.end)}`,
    members
  )
  put(
    'calonL',
    st.calon.L,
    'Calon anggota laki-laki yang belum disahkan menjadi anggota, dari Buku Daftar Anggota.',
    members
  )
  put(
    'calonP',
    st.calon.P,
    'Calon anggota perempuan yang belum disahkan menjadi anggota, dari Buku Daftar Anggota.',
    members
  )
  put(
    'manajerL',
    st.officers.manajer.L,
    `Manajer laki-laki yang bekerja pada 31 Desember ${year}, dari daftar karyawan.`,
    org
  )
  put(
    'manajerP',
    st.officers.manajer.P,
    `Manajer perempuan yang bekerja pada 31 Desember ${year}, dari daftar karyawan.`,
    org
  )
  put(
    'karyawanL',
    st.officers.karyawan.L,
    `Karyawan (bukan manajer) laki-laki pada 31 Desember ${year}, dari daftar karyawan.`,
    org
  )
  put(
    'karyawanP',
    st.officers.karyawan.P,
    `Karyawan (bukan manajer) perempuan pada 31 Desember ${year}, dari daftar karyawan.`,
    org
  )
  const rat = book.q.first(
    qb
      .selectFrom('rat_meetings')
      .select(['year', 'number', 'date'])
      .where('year', '<=', year)
      .orderBy('year', 'desc')
      .limit(1)
  )
  const ratHow = rat
    ? `RAT terakhir yang dicatat untuk tahun buku ${year} atau sebelumnya (RAT tahun buku ${rat.year}).`
    : `Belum ada RAT yang dicatat untuk tahun buku ${year} atau sebelumnya.`
  put('ratTanggal', rat?.date ?? null, ratHow, route('rat/rapat'))
  put('ratKe', rat?.number ?? null, ratHow, route('rat/rapat'))
  put('ratTahunBuku', rat?.year ?? null, ratHow, route('rat/rapat'))
  // Pendidikan perkoperasian (DOMAIN §8.1): the Tes pemahaman handed in during the year.
  const quiz = quizSummary(book, year, now)
  const tes = route('panduan/tes')
  const quizHow = (who: string, what: string, serving: string) =>
    `${what} ${who} berbeda yang mengumpulkan Tes pemahaman di Lumbung dalam tahun ${year}${serving} (dihitung sekali per orang; lulus bila paling sedikit sekali lulus).`
  put(
    'tesPengurusIkut',
    quiz.byRole.PENGURUS.took,
    quizHow('pengurus', 'Banyaknya', `; pengurus yang menjabat ${nb(quiz.serving.PENGURUS)} orang`),
    tes
  )
  put('tesPengurusLulus', quiz.byRole.PENGURUS.passed, quizHow('pengurus', 'Banyaknya yang lulus dari', ''), tes)
  put(
    'tesPengawasIkut',
    quiz.byRole.PENGAWAS.took,
    quizHow('pengawas', 'Banyaknya', `; pengawas yang menjabat ${nb(quiz.serving.PENGAWAS)} orang`),
    tes
  )
  put('tesPengawasLulus', quiz.byRole.PENGAWAS.passed, quizHow('pengawas', 'Banyaknya yang lulus dari', ''), tes)
  put('tesAnggotaIkut', quiz.byRole.ANGGOTA.took, quizHow('anggota', 'Banyaknya', ''), tes)
  put('tesAnggotaLulus', quiz.byRole.ANGGOTA.passed, quizHow('anggota', 'Banyaknya yang lulus dari', ''), tes)

  // Usaha / keuangan
  const accounts = chart(book).filter((a) => !a.isHeader)
  const bal = cumulativeByAccount(book, asOf)
  const pick = (pred: (code: string, type: string) => boolean) => accounts.filter((a) => pred(a.code, a.type))
  const total = (list: typeof accounts) => list.reduce((t, a) => t + natural(a.type, bal.get(a.id)), 0)
  const pre =
    (...ps: string[]) =>
    (code: string) =>
      ps.some((x) => code.startsWith(x))
  const balDrill = (list: typeof accounts): DinasDrill | null =>
    list.length ? ledger({ accounts: list.map((a) => a.code), from: null, to: asOf }) : null
  const on = formatDateLong(asOf)

  const shares = pick(pre('3-11'))
  const cadangan = pick(pre('3-41'))
  const hibah = pick(pre('3-31'))
  const shuAcc = pick(pre('3-51'))
  const pl = pick((_, t) => t === 'PENDAPATAN' || t === 'BEBAN')
  const plOpen = pl.reduce((t, a) => t + (a.type === 'PENDAPATAN' ? 1 : -1) * natural(a.type, bal.get(a.id)), 0)
  const shuBelum = total(shuAcc) + plOpen
  const modalSendiri = total(shares) + total(cadangan) + total(hibah) + shuBelum
  put(
    'modalSendiri',
    modalSendiri,
    `Saldo ${on}: simpanan pokok, wajib dan khusus (3-11) ${formatRupiah(total(shares))} + cadangan (3-41) ${formatRupiah(total(cadangan))} + hibah (3-31) ${formatRupiah(total(hibah))} + SHU belum dibagi (3-51 dan hasil usaha yang belum ditutup) ${formatRupiah(shuBelum)}.`,
    balDrill([...shares, ...cadangan, ...hibah, ...shuAcc, ...pl])
  )
  const liab = pick((_, t) => t === 'LIABILITAS')
  put(
    'modalLuar',
    total(liab),
    `Jumlah liabilitas (akun 2, termasuk simpanan sukarela dan utang bank) pada ${on}.`,
    balDrill(liab)
  )
  const penyertaan = pick(pre('3-21'))
  put('modalPenyertaan', total(penyertaan), `Saldo modal penyertaan (3-2101) pada ${on}.`, balDrill(penyertaan))
  const assets = pick((_, t) => t === 'ASET')
  put(
    'aset',
    total(assets),
    `Jumlah aset (akun 1, setelah akumulasi penyusutan dan cadangan kerugian) pada ${on}.`,
    balDrill(assets)
  )

  const is = incomeStatement(book, from, asOf, false)
  const normal = new Map(
    book.q.all(qb.selectFrom('accounts').select(['code', 'normal_balance as nb'])).map((r) => [r.code, r.nb])
  )
  const volRows = is.rows.filter(
    (r) => r.level === 2 && (r.code.startsWith('4-1') || r.code.startsWith('4-2')) && normal.get(r.code) === 'K'
  )
  const volume = volRows.reduce((t, r) => t + r.total, 0)
  const part = (prefix: string) => volRows.filter((r) => r.code.startsWith(prefix)).reduce((t, r) => t + r.total, 0)
  put(
    'volumeUsaha',
    volume,
    `Penjualan bruto dan pendapatan jasa (4-2x, sebelum retur) ${formatRupiah(part('4-2'))} + jasa pinjaman, provisi, administrasi dan denda (4-1x) ${formatRupiah(part('4-1'))}, 1 Januari–${on}. Pendapatan lain-lain (4-3x) tidak termasuk.`,
    volRows.length ? ledger({ accounts: volRows.map((r) => r.code), from, to: asOf }) : null
  )
  const disb = book.q.row<{ n: number; total: number }>(
    `SELECT count(*) AS n, COALESCE(SUM(principal), 0) AS total FROM loans WHERE disbursed_at IS NOT NULL AND disbursed_at >= ? AND disbursed_at <= ?`,
    from,
    asOf
  )!
  put(
    'pinjamanDisalurkan',
    disb.total,
    `Pokok pinjaman anggota yang dicairkan 1 Januari–${on} (${nb(disb.n)} pinjaman), dari register pinjaman.`,
    route('pinjaman/daftar')
  )
  put(
    'pinjamanDisalurkanJumlah',
    disb.n,
    `Banyaknya pinjaman yang dicairkan 1 Januari–${on}.`,
    route('pinjaman/daftar')
  )
  const portfolio = loanPortfolio(book, asOf)
  put(
    'pinjamanBeredar',
    portfolio.provision.total.bakiDebet,
    `Sisa pokok (baki debet) semua pinjaman anggota yang belum lunas pada ${on}, dari portofolio pinjaman.`,
    route('pinjaman/portofolio')
  )
  const one = (code: string) => pick((c) => c === code)
  const pokok = one('3-1101'),
    wajib = one('3-1102'),
    sukarela = one('2-1101')
  put('simpananPokok', total(pokok), `Saldo akun kontrol simpanan pokok (3-1101) pada ${on}.`, balDrill(pokok))
  put('simpananWajib', total(wajib), `Saldo akun kontrol simpanan wajib (3-1102) pada ${on}.`, balDrill(wajib))
  put(
    'simpananSukarela',
    total(sukarela),
    `Saldo akun kontrol simpanan sukarela (2-1101) pada ${on}.`,
    balDrill(sukarela)
  )
  put(
    'simpanan',
    total(pokok) + total(wajib) + total(sukarela),
    `Simpanan pokok + wajib + sukarela pada ${on}.`,
    balDrill([...pokok, ...wajib, ...sukarela])
  )
  const shuRow = is.rows.find((r) => r.code === 'SHU_SETELAH_PAJAK')
  put(
    'shu',
    is.shu.total,
    `SHU setelah pajak dari Laporan Perhitungan Hasil Usaha 1 Januari–${on} (jurnal tutup buku tidak dihitung).`,
    shuRow?.drill ? ledger(shuRow.drill) : ledger({ accounts: pl.map((a) => a.code), from, to: asOf })
  )
  put(
    'izinUsaha',
    dp.izinUsaha,
    'Diisi pada isian laporan Dinas (mis. izin usaha simpan pinjam melalui OSS).',
    dinasSet
  )
  put('izinUsahaNomor', dp.izinUsahaNomor, 'Diisi pada isian laporan Dinas.', dinasSet)

  // Kesehatan (DOMAIN §8.1)
  const saved = storedAnswers(book, year)
  const score = scoreHealth(healthFigures(book, asOf), saved.answers, 'JUKNIS_2021', healthSettings(book))
  const predicate: DinasPredicate = saved.savedAt ? score.predicate : 'TIDAK_DAPAT_DINILAI'
  const health = route('laporan/kesehatan', { tahun: String(year) })
  put(
    'predikat',
    DINAS_PREDICATE_LABELS[predicate],
    saved.savedAt
      ? `Penilaian kesehatan Juknis 2021: rasio dari buku pada ${on} dan daftar periksa tata kelola yang disimpan; skor ${formatDecimal(score.total)} → ${PREDICATE_LABELS[score.predicate]}.`
      : `Daftar periksa tata kelola dan manajemen tahun ${year} belum diisi, jadi predikat tidak dapat dinilai (skor rasio saja: ${formatDecimal(score.total)}).`,
    health
  )
  put(
    'skorKesehatan',
    saved.savedAt ? formatDecimal(score.total) : null,
    'Jumlah skor tertimbang penilaian kesehatan Juknis 2021 (0–100).',
    health
  )

  const figures: DinasFigure[] = DINAS_FIELDS.map((d) => {
    const x = figs.get(d.key)
    return {
      key: d.key,
      label: d.label,
      group: d.group,
      kind: d.kind,
      value: x?.value ?? null,
      how: x?.how ?? '',
      drill: x?.drill ?? null
    }
  })
  return {
    year,
    asOf,
    cooperative: {
      name: p.name,
      nikKoperasi: p.nikKoperasi,
      regency: p.regency,
      province: p.province,
      district: p.district,
      village: p.village,
      legalEntityNumber: p.legalEntityNumber,
      provinceCode: p.provinceCode ?? null,
      regencyCode: p.regencyCode ?? null,
      districtCode: p.districtCode ?? null,
      villageCode: p.villageCode ?? null
    },
    figures,
    predicate
  }
}
