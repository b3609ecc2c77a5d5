/**
 * Penilaian kesehatan koperasi simpan pinjam / USP (DOMAIN.md §8): the ratios, the checklists and
 * the default weights, bands and cut-offs of both regimes. Everything marked ASSUMED is a default
 * a cooperative (or its Dinas) can replace through `health.setSettings`.
 */

export type HealthRegime = 'JUKNIS_2021' | 'PERDEP_2016'
export const HEALTH_REGIMES: readonly HealthRegime[] = ['JUKNIS_2021', 'PERDEP_2016']

/** Figures taken from the books; all rupiah, integers. */
export interface HealthFigures {
  totalAset: number
  kasBank: number
  /** Pokok + wajib + khusus + cadangan + hibah + 50 % modal penyertaan (§8.2). */
  modalSendiri: number
  /** Σ aset − kas/bank (risk weight 0 %) − PPAP; ASSUMED simplification of ATMR. */
  atmr: number
  pinjamanAnggota: number
  pinjamanDiberikan: number
  /** Kurang lancar + diragukan + macet (baki debet). */
  pinjamanBermasalah: number
  /** 50 % KL + 75 % D + 100 % M. */
  risikoPinjamanBermasalah: number
  /** PPAP formed (1-1490) + cadangan risiko (3-4102). */
  cadanganRisiko: number
  ppapDibentuk: number
  ppapWajib: number
  asetProduktif: number
  kewajibanLancar: number
  danaDiterima: number
  pendapatanUsaha: number
  partisipasiBruto: number
  pendapatanTotal: number
  hpp: number
  bebanUsaha: number
  hasilUsahaBruto: number
  bebanKaryawan: number
  shuSebelumPajak: number
  shuSetelahPajak: number
  simpananPokokWajib: number
}

export const FIGURE_LABELS: Record<keyof HealthFigures, string> = {
  totalAset: 'Total aset',
  kasBank: 'Kas dan bank',
  modalSendiri: 'Modal sendiri (pokok, wajib, khusus, cadangan, hibah, 50 % penyertaan)',
  atmr: 'Aset tertimbang menurut risiko (ATMR)',
  pinjamanAnggota: 'Pinjaman kepada anggota',
  pinjamanDiberikan: 'Pinjaman yang diberikan',
  pinjamanBermasalah: 'Pinjaman bermasalah (KL + D + M)',
  risikoPinjamanBermasalah: 'Risiko pinjaman bermasalah (50 % KL + 75 % D + 100 % M)',
  cadanganRisiko: 'Cadangan risiko (PPAP + cadangan risiko)',
  ppapDibentuk: 'PPAP yang dibentuk',
  ppapWajib: 'PPAP wajib dibentuk (PPAPWD)',
  asetProduktif: 'Aset produktif (pinjaman, penempatan, penyertaan)',
  kewajibanLancar: 'Kewajiban lancar',
  danaDiterima: 'Dana yang diterima (simpanan, penyertaan, hibah, cadangan, utang jangka panjang)',
  pendapatanUsaha: 'Pendapatan usaha',
  partisipasiBruto: 'Partisipasi bruto (pendapatan dari anggota)',
  pendapatanTotal: 'Seluruh pendapatan',
  hpp: 'Harga pokok / beban pokok',
  bebanUsaha: 'Beban usaha',
  hasilUsahaBruto: 'SHU kotor (hasil usaha bruto)',
  bebanKaryawan: 'Beban gaji dan tunjangan karyawan',
  shuSebelumPajak: 'SHU sebelum pajak',
  shuSetelahPajak: 'SHU setelah pajak',
  simpananPokokWajib: 'Simpanan pokok + wajib'
}

export type RatioId =
  | 'MODAL_ASET'
  | 'MODAL_PINJAMAN_BERISIKO'
  | 'KECUKUPAN_MODAL'
  | 'PINJAMAN_ANGGOTA'
  | 'RISIKO_PINJAMAN_BERMASALAH'
  | 'CADANGAN_RISIKO'
  | 'NPL'
  | 'PPAP_PPAPWD'
  | 'PINJAMAN_ASET_PRODUKTIF'
  | 'BEBAN_OPERASI_PARTISIPASI'
  | 'BEBAN_USAHA_SHU_KOTOR'
  | 'EFISIENSI_PELAYANAN'
  | 'RASIO_KAS'
  | 'PINJAMAN_DANA_DITERIMA'
  | 'RENTABILITAS_ASET'
  | 'RENTABILITAS_MODAL'
  | 'KEMANDIRIAN_OPERASIONAL'
  | 'PARTISIPASI_BRUTO'
  | 'PROMOSI_EKONOMI'

export interface RatioDef {
  id: RatioId
  label: string
  formula: string
  /** Numerator: figures added (a "partial" multiplies the figure, e.g. member share of gross margin). */
  numerator: (f: HealthFigures) => number
  denominator: (f: HealthFigures) => number
  uses: (keyof HealthFigures)[]
}

const memberShare = (f: HealthFigures) =>
  f.pendapatanUsaha > 0 ? (f.hasilUsahaBruto * f.partisipasiBruto) / f.pendapatanUsaha : 0

export const RATIOS: readonly RatioDef[] = [
  {
    id: 'MODAL_ASET',
    label: 'Modal sendiri terhadap total aset',
    formula: 'modal sendiri ÷ total aset × 100 %',
    numerator: (f) => f.modalSendiri,
    denominator: (f) => f.totalAset,
    uses: ['modalSendiri', 'totalAset']
  },
  {
    id: 'MODAL_PINJAMAN_BERISIKO',
    label: 'Modal sendiri terhadap pinjaman diberikan yang berisiko',
    formula: 'modal sendiri ÷ pinjaman bermasalah (KL + D + M) × 100 %',
    numerator: (f) => f.modalSendiri,
    denominator: (f) => f.pinjamanBermasalah,
    uses: ['modalSendiri', 'pinjamanBermasalah']
  },
  {
    id: 'KECUKUPAN_MODAL',
    label: 'Rasio kecukupan modal sendiri',
    formula: 'modal sendiri ÷ ATMR × 100 % (ATMR = aset − kas/bank − PPAP; ASUMSI)',
    numerator: (f) => f.modalSendiri,
    denominator: (f) => f.atmr,
    uses: ['modalSendiri', 'atmr']
  },
  {
    id: 'PINJAMAN_ANGGOTA',
    label: 'Pinjaman anggota terhadap pinjaman diberikan',
    formula: 'pinjaman kepada anggota ÷ pinjaman diberikan × 100 %',
    numerator: (f) => f.pinjamanAnggota,
    denominator: (f) => f.pinjamanDiberikan,
    uses: ['pinjamanAnggota', 'pinjamanDiberikan']
  },
  {
    id: 'RISIKO_PINJAMAN_BERMASALAH',
    label: 'Risiko pinjaman bermasalah terhadap pinjaman diberikan',
    formula: '(50 % KL + 75 % D + 100 % M) ÷ pinjaman diberikan × 100 %',
    numerator: (f) => f.risikoPinjamanBermasalah,
    denominator: (f) => f.pinjamanDiberikan,
    uses: ['risikoPinjamanBermasalah', 'pinjamanDiberikan']
  },
  {
    id: 'CADANGAN_RISIKO',
    label: 'Cadangan risiko terhadap pinjaman bermasalah',
    formula: 'cadangan risiko (PPAP) ÷ risiko pinjaman bermasalah × 100 %',
    numerator: (f) => f.cadanganRisiko,
    denominator: (f) => f.risikoPinjamanBermasalah,
    uses: ['cadanganRisiko', 'risikoPinjamanBermasalah']
  },
  {
    id: 'NPL',
    label: 'Pinjaman bermasalah (NPL) terhadap pinjaman diberikan',
    formula: '(KL + D + M) ÷ pinjaman diberikan × 100 %',
    numerator: (f) => f.pinjamanBermasalah,
    denominator: (f) => f.pinjamanDiberikan,
    uses: ['pinjamanBermasalah', 'pinjamanDiberikan']
  },
  {
    id: 'PPAP_PPAPWD',
    label: 'PPAP terhadap PPAP wajib dibentuk',
    formula: 'PPAP dibentuk ÷ PPAPWD × 100 %',
    numerator: (f) => f.ppapDibentuk,
    denominator: (f) => f.ppapWajib,
    uses: ['ppapDibentuk', 'ppapWajib']
  },
  {
    id: 'PINJAMAN_ASET_PRODUKTIF',
    label: 'Pinjaman diberikan terhadap total aset produktif',
    formula: 'pinjaman diberikan ÷ aset produktif × 100 %',
    numerator: (f) => f.pinjamanDiberikan,
    denominator: (f) => f.asetProduktif,
    uses: ['pinjamanDiberikan', 'asetProduktif']
  },
  {
    id: 'BEBAN_OPERASI_PARTISIPASI',
    label: 'Beban operasi anggota terhadap partisipasi bruto',
    formula: '(harga pokok + beban usaha) ÷ partisipasi bruto × 100 %',
    numerator: (f) => f.hpp + f.bebanUsaha,
    denominator: (f) => f.partisipasiBruto,
    uses: ['hpp', 'bebanUsaha', 'partisipasiBruto']
  },
  {
    id: 'BEBAN_USAHA_SHU_KOTOR',
    label: 'Beban usaha terhadap SHU kotor',
    formula: 'beban usaha ÷ SHU kotor (hasil usaha bruto) × 100 %',
    numerator: (f) => f.bebanUsaha,
    denominator: (f) => f.hasilUsahaBruto,
    uses: ['bebanUsaha', 'hasilUsahaBruto']
  },
  {
    id: 'EFISIENSI_PELAYANAN',
    label: 'Efisiensi pelayanan',
    formula: 'beban karyawan ÷ pinjaman diberikan × 100 %',
    numerator: (f) => f.bebanKaryawan,
    denominator: (f) => f.pinjamanDiberikan,
    uses: ['bebanKaryawan', 'pinjamanDiberikan']
  },
  {
    id: 'RASIO_KAS',
    label: 'Rasio kas',
    formula: '(kas + bank) ÷ kewajiban lancar × 100 %',
    numerator: (f) => f.kasBank,
    denominator: (f) => f.kewajibanLancar,
    uses: ['kasBank', 'kewajibanLancar']
  },
  {
    id: 'PINJAMAN_DANA_DITERIMA',
    label: 'Pinjaman diberikan terhadap dana yang diterima',
    formula: 'pinjaman diberikan ÷ dana yang diterima × 100 %',
    numerator: (f) => f.pinjamanDiberikan,
    denominator: (f) => f.danaDiterima,
    uses: ['pinjamanDiberikan', 'danaDiterima']
  },
  {
    id: 'RENTABILITAS_ASET',
    label: 'Rentabilitas aset',
    formula: 'SHU sebelum pajak ÷ total aset × 100 %',
    numerator: (f) => f.shuSebelumPajak,
    denominator: (f) => f.totalAset,
    uses: ['shuSebelumPajak', 'totalAset']
  },
  {
    id: 'RENTABILITAS_MODAL',
    label: 'Rentabilitas modal sendiri',
    formula: 'SHU setelah pajak ÷ modal sendiri × 100 %',
    numerator: (f) => f.shuSetelahPajak,
    denominator: (f) => f.modalSendiri,
    uses: ['shuSetelahPajak', 'modalSendiri']
  },
  {
    id: 'KEMANDIRIAN_OPERASIONAL',
    label: 'Kemandirian operasional pelayanan',
    formula: 'partisipasi neto (SHU kotor × partisipasi bruto ÷ pendapatan usaha) ÷ beban usaha × 100 %',
    numerator: memberShare,
    denominator: (f) => f.bebanUsaha,
    uses: ['hasilUsahaBruto', 'partisipasiBruto', 'pendapatanUsaha', 'bebanUsaha']
  },
  {
    id: 'PARTISIPASI_BRUTO',
    label: 'Rasio partisipasi bruto',
    formula: 'partisipasi bruto ÷ seluruh pendapatan × 100 %',
    numerator: (f) => f.partisipasiBruto,
    denominator: (f) => f.pendapatanTotal,
    uses: ['partisipasiBruto', 'pendapatanTotal']
  },
  {
    id: 'PROMOSI_EKONOMI',
    label: 'Rasio promosi ekonomi anggota (PEA)',
    formula: 'SHU setelah pajak ÷ (simpanan pokok + wajib) × 100 % (ASUMSI)',
    numerator: (f) => f.shuSetelahPajak,
    denominator: (f) => f.simpananPokokWajib,
    uses: ['shuSetelahPajak', 'simpananPokokWajib']
  }
]

/** A band applies when the ratio (percent, 2 decimals) is ≤ `upTo`; the first match wins; `null` = everything above. */
export interface Band {
  upTo: number | null
  value: number
}

export interface RatioScoring {
  /** Regime aspect the ratio belongs to. */
  aspect: string
  /** PERDEP: points of the 100; JUKNIS: unused (aspects weigh skor ÷ max skor). */
  weight: number
  /** PERDEP: nilai 0–100; JUKNIS: skor 1–4. */
  bands: Band[]
  /** Value when the denominator is 0 or negative (ratio undefined). */
  whenUndefined: number
}

export interface ChecklistItem {
  key: string
  label: string
}
export interface Indicator {
  key: string
  label: string
  aspect: string
  items: ChecklistItem[]
}

const items = (prefix: string, labels: string[]): ChecklistItem[] =>
  labels.map((label, i) => ({ key: `${prefix}.${i + 1}`, label }))

/** §8.1 Tata kelola (prinsip koperasi, kelembagaan, manajemen) and KPMR. Question wording ASSUMED. */
export const JUKNIS_INDICATORS: readonly Indicator[] = [
  {
    key: 'J.PK1',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: keanggotaan sukarela dan terbuka',
    items: items('J.PK1', [
      'Syarat keanggotaan tertulis dan terbuka bagi yang memenuhi syarat',
      'Penerimaan dan keluarnya anggota dicatat dalam buku daftar anggota'
    ])
  },
  {
    key: 'J.PK2',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: pengelolaan demokratis',
    items: items('J.PK2', ['RAT diselenggarakan tepat waktu', 'Pengurus dan pengawas dipilih oleh rapat anggota'])
  },
  {
    key: 'J.PK3',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: pembagian SHU adil',
    items: items('J.PK3', ['SHU dibagi sebanding jasa usaha dan modal anggota', 'Pembagian SHU diputuskan RAT'])
  },
  {
    key: 'J.PK4',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: balas jasa terbatas terhadap modal',
    items: items('J.PK4', ['Jasa modal tidak melebihi suku bunga pasar'])
  },
  {
    key: 'J.PK5',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: kemandirian',
    items: items('J.PK5', [
      'Modal sendiri lebih besar dari modal pinjaman',
      'Keputusan usaha diambil tanpa campur tangan pihak luar'
    ])
  },
  {
    key: 'J.PK6',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: pendidikan perkoperasian',
    items: items('J.PK6', ['Ada dana/kegiatan pendidikan perkoperasian tahun ini'])
  },
  {
    key: 'J.PK7',
    aspect: 'TATA_KELOLA',
    label: 'Prinsip: kerja sama antarkoperasi',
    items: items('J.PK7', ['Menjadi anggota atau bermitra dengan koperasi lain'])
  },
  {
    key: 'J.KL1',
    aspect: 'TATA_KELOLA',
    label: 'Kelembagaan: legalitas badan hukum',
    items: items('J.KL1', ['Akta pendirian dan pengesahan badan hukum ada', 'NIK koperasi (Nomor Induk Koperasi) ada'])
  },
  {
    key: 'J.KL2',
    aspect: 'TATA_KELOLA',
    label: 'Kelembagaan: izin usaha simpan pinjam',
    items: items('J.KL2', ['Izin usaha simpan pinjam / USP masih berlaku'])
  },
  {
    key: 'J.KL3',
    aspect: 'TATA_KELOLA',
    label: 'Kelembagaan: anggaran dasar',
    items: items('J.KL3', ['Anggaran dasar sesuai peraturan terbaru', 'Anggaran rumah tangga dan SOP tertulis ada'])
  },
  {
    key: 'J.KL4',
    aspect: 'TATA_KELOLA',
    label: 'Kelembagaan: keanggotaan',
    items: items('J.KL4', ['Buku daftar anggota lengkap dan mutakhir', 'Anggota yang keluar diselesaikan haknya'])
  },
  {
    key: 'J.KL5',
    aspect: 'TATA_KELOLA',
    label: 'Kelembagaan: kelengkapan organisasi',
    items: items('J.KL5', [
      'Pengurus lengkap',
      'Pengawas lengkap',
      'Pengelola/manajer diangkat dengan perjanjian kerja'
    ])
  },
  {
    key: 'J.MN1',
    aspect: 'TATA_KELOLA',
    label: 'Manajemen: umum',
    items: items('J.MN1', ['Rencana kerja dan anggaran disahkan RAT', 'Laporan keuangan disusun tepat waktu'])
  },
  {
    key: 'J.MN2',
    aspect: 'TATA_KELOLA',
    label: 'Manajemen: kelembagaan',
    items: items('J.MN2', ['Pembagian tugas tertulis', 'Pengawasan dilakukan berkala dan dilaporkan'])
  },
  {
    key: 'J.MN3',
    aspect: 'TATA_KELOLA',
    label: 'Manajemen: permodalan',
    items: items('J.MN3', ['Simpanan wajib ditagih teratur', 'Ada rencana pemupukan modal sendiri'])
  },
  {
    key: 'J.MN4',
    aspect: 'TATA_KELOLA',
    label: 'Manajemen: aset',
    items: items('J.MN4', [
      'Pemberian pinjaman melalui analisis kelayakan',
      'Pinjaman bermasalah ditagih dan dilaporkan'
    ])
  },
  {
    key: 'J.MN5',
    aspect: 'TATA_KELOLA',
    label: 'Manajemen: likuiditas',
    items: items('J.MN5', ['Ada kebijakan batas kas minimum', 'Posisi kas dipantau harian'])
  },
  {
    key: 'J.KPMR',
    aspect: 'PROFIL_RISIKO',
    label: 'Kualitas penerapan manajemen risiko (KPMR)',
    items: items('J.KPMR', [
      'Risiko pinjaman, operasional, kepatuhan dan likuiditas dipetakan',
      'Ada batas (limit) risiko tertulis',
      'Ada pemantauan dan pelaporan risiko berkala',
      'Ada pengendalian intern yang dijalankan'
    ])
  }
]

/** §8.2 Manajemen (umum, kelembagaan, permodalan, aktiva, likuiditas; 3 points each). Question wording ASSUMED. */
export const PERDEP_INDICATORS: readonly Indicator[] = [
  {
    key: 'P.MU',
    aspect: 'MANAJEMEN',
    label: 'Manajemen umum',
    items: items('P.MU', [
      'Visi, misi dan tujuan tertulis',
      'Rencana kerja jangka pendek dan panjang ada',
      'Pengurus rapat berkala dengan notulen',
      'Laporan bulanan disampaikan kepada pengawas'
    ])
  },
  {
    key: 'P.MK',
    aspect: 'MANAJEMEN',
    label: 'Manajemen kelembagaan',
    items: items('P.MK', [
      'Struktur organisasi dan uraian tugas tertulis',
      'SOP simpan pinjam tertulis dan dijalankan',
      'Sistem pencatatan dan pelaporan tertib'
    ])
  },
  {
    key: 'P.MP',
    aspect: 'MANAJEMEN',
    label: 'Manajemen permodalan',
    items: items('P.MP', [
      'Modal sendiri tumbuh dibanding tahun lalu',
      'Simpanan anggota tumbuh dibanding tahun lalu',
      'Sebagian SHU disisihkan untuk cadangan'
    ])
  },
  {
    key: 'P.MA',
    aspect: 'MANAJEMEN',
    label: 'Manajemen aktiva',
    items: items('P.MA', [
      'Pinjaman diberikan dengan analisis dan persetujuan tertulis',
      'Pinjaman dijamin agunan yang memadai',
      'Kolektibilitas pinjaman dipantau dan PPAP dibentuk'
    ])
  },
  {
    key: 'P.ML',
    aspect: 'MANAJEMEN',
    label: 'Manajemen likuiditas',
    items: items('P.ML', [
      'Ada kebijakan pengendalian likuiditas',
      'Ada fasilitas pembiayaan dari lembaga lain bila kekurangan likuiditas',
      'Ada pemantauan kas dan jatuh tempo kewajiban'
    ])
  }
]

export const ASPECT_LABELS: Record<string, string> = {
  TATA_KELOLA: 'A. Tata kelola',
  PROFIL_RISIKO: 'B. Profil risiko',
  KINERJA_KEUANGAN: 'C. Kinerja keuangan',
  PERMODALAN: 'D. Permodalan',
  P_PERMODALAN: '1. Permodalan',
  P_KAP: '2. Kualitas aktiva produktif',
  MANAJEMEN: '3. Manajemen',
  EFISIENSI: '4. Efisiensi',
  LIKUIDITAS: '5. Likuiditas',
  KEMANDIRIAN: '6. Kemandirian dan pertumbuhan',
  JATIDIRI: '7. Jatidiri koperasi'
}

export interface HealthSettings {
  juknis: {
    /** Aspect weights, Σ 100: tata kelola 30 and profil risiko 15 VERIFIED; kinerja 40 and permodalan 15 ASSUMED. */
    aspectWeights: Record<'TATA_KELOLA' | 'PROFIL_RISIKO' | 'KINERJA_KEUANGAN' | 'PERMODALAN', number>
    /** Checklist rasio → skor: > c[0] → 4, > c[1] → 3, > c[2] → 2, else 1 (as published: 75/50/25; gaps ASSUMED closed). */
    checklistCutoffs: [number, number, number]
    /** Σ score (percent of 100): ≤ dpk → DPK, ≤ dp → DP, ≤ cs → Cukup sehat, else Sehat. ASSUMED (public code). */
    predicate: { dpk: number; dp: number; cs: number }
    ratios: Partial<Record<RatioId, RatioScoring>>
  }
  perdep: {
    /** Manajemen: points per component (5 × 3 = 15), VERIFIED aspect weight; split ASSUMED. */
    manajemenPoints: number
    /** Score ≥ sehat → Sehat; ≥ cs → Cukup sehat; ≥ dp → Dalam pengawasan; else DPK. VERIFIED. */
    predicate: { sehat: number; cs: number; dp: number }
    /** Sub-weights and bands ASSUMED (Permenkop 14/2009 worksheet from memory). */
    ratios: Partial<Record<RatioId, RatioScoring>>
  }
}

const b = (...pairs: [number | null, number][]): Band[] => pairs.map(([upTo, value]) => ({ upTo, value }))
const higherBetter4 = (a: number, c: number, d: number): Band[] => b([a, 1], [c, 2], [d, 3], [null, 4])
const lowerBetter4 = (a: number, c: number, d: number): Band[] => b([a, 4], [c, 3], [d, 2], [null, 1])
const steps10 = (): Band[] => [
  ...Array.from({ length: 10 }, (_, i) => ({ upTo: i * 10, value: i * 10 })),
  { upTo: null, value: 100 }
]

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  juknis: {
    aspectWeights: { TATA_KELOLA: 30, PROFIL_RISIKO: 15, KINERJA_KEUANGAN: 40, PERMODALAN: 15 },
    checklistCutoffs: [75, 50, 25],
    predicate: { dpk: 51, dp: 66, cs: 80 },
    ratios: {
      NPL: { aspect: 'PROFIL_RISIKO', weight: 0, bands: lowerBetter4(5, 10, 15), whenUndefined: 4 },
      PINJAMAN_ASET_PRODUKTIF: {
        aspect: 'PROFIL_RISIKO',
        weight: 0,
        bands: lowerBetter4(75, 85, 95),
        whenUndefined: 4
      },
      PPAP_PPAPWD: { aspect: 'PROFIL_RISIKO', weight: 0, bands: higherBetter4(49.99, 74.99, 99.99), whenUndefined: 4 },
      RENTABILITAS_ASET: { aspect: 'KINERJA_KEUANGAN', weight: 0, bands: higherBetter4(5, 7.5, 10), whenUndefined: 1 },
      RENTABILITAS_MODAL: { aspect: 'KINERJA_KEUANGAN', weight: 0, bands: higherBetter4(5, 7.5, 10), whenUndefined: 1 },
      KEMANDIRIAN_OPERASIONAL: {
        aspect: 'KINERJA_KEUANGAN',
        weight: 0,
        bands: higherBetter4(100, 125, 150),
        whenUndefined: 1
      },
      BEBAN_OPERASI_PARTISIPASI: {
        aspect: 'KINERJA_KEUANGAN',
        weight: 0,
        bands: lowerBetter4(70, 85, 100),
        whenUndefined: 1
      },
      BEBAN_USAHA_SHU_KOTOR: {
        aspect: 'KINERJA_KEUANGAN',
        weight: 0,
        bands: lowerBetter4(40, 60, 80),
        whenUndefined: 1
      },
      RASIO_KAS: {
        aspect: 'KINERJA_KEUANGAN',
        weight: 0,
        bands: b([10, 1], [15, 4], [20, 3], [null, 2]),
        whenUndefined: 2
      },
      PINJAMAN_DANA_DITERIMA: {
        aspect: 'KINERJA_KEUANGAN',
        weight: 0,
        bands: higherBetter4(50, 75, 100),
        whenUndefined: 1
      },
      MODAL_ASET: {
        aspect: 'PERMODALAN',
        weight: 0,
        bands: b([20, 2], [40, 3], [60, 4], [80, 3], [null, 2]),
        whenUndefined: 1
      },
      MODAL_PINJAMAN_BERISIKO: { aspect: 'PERMODALAN', weight: 0, bands: higherBetter4(50, 75, 100), whenUndefined: 4 },
      KECUKUPAN_MODAL: { aspect: 'PERMODALAN', weight: 0, bands: higherBetter4(4, 6, 8), whenUndefined: 4 }
    }
  },
  perdep: {
    manajemenPoints: 3,
    predicate: { sehat: 80, cs: 66, dp: 51 },
    ratios: {
      MODAL_ASET: {
        aspect: 'P_PERMODALAN',
        weight: 6,
        bands: b([20, 25], [40, 50], [60, 100], [80, 50], [null, 25]),
        whenUndefined: 0
      },
      MODAL_PINJAMAN_BERISIKO: { aspect: 'P_PERMODALAN', weight: 6, bands: steps10(), whenUndefined: 100 },
      KECUKUPAN_MODAL: {
        aspect: 'P_PERMODALAN',
        weight: 3,
        bands: b([4, 0], [6, 50], [8, 75], [null, 100]),
        whenUndefined: 100
      },
      PINJAMAN_ANGGOTA: {
        aspect: 'P_KAP',
        weight: 10,
        bands: b([25, 0], [50, 50], [75, 75], [null, 100]),
        whenUndefined: 0
      },
      RISIKO_PINJAMAN_BERMASALAH: {
        aspect: 'P_KAP',
        weight: 5,
        bands: b([0, 100], [10, 80], [20, 60], [30, 40], [40, 20], [45, 10], [null, 0]),
        whenUndefined: 100
      },
      CADANGAN_RISIKO: { aspect: 'P_KAP', weight: 5, bands: steps10(), whenUndefined: 100 },
      NPL: { aspect: 'P_KAP', weight: 5, bands: b([20, 100], [25, 75], [30, 50], [null, 25]), whenUndefined: 100 },
      BEBAN_OPERASI_PARTISIPASI: {
        aspect: 'EFISIENSI',
        weight: 4,
        bands: b([70, 100], [85, 75], [100, 50], [null, 25]),
        whenUndefined: 25
      },
      BEBAN_USAHA_SHU_KOTOR: {
        aspect: 'EFISIENSI',
        weight: 4,
        bands: b([40, 100], [60, 75], [80, 50], [null, 25]),
        whenUndefined: 25
      },
      EFISIENSI_PELAYANAN: {
        aspect: 'EFISIENSI',
        weight: 2,
        bands: b([5, 100], [10, 75], [15, 50], [null, 25]),
        whenUndefined: 25
      },
      RASIO_KAS: {
        aspect: 'LIKUIDITAS',
        weight: 10,
        bands: b([10, 25], [15, 100], [20, 50], [null, 25]),
        whenUndefined: 25
      },
      PINJAMAN_DANA_DITERIMA: {
        aspect: 'LIKUIDITAS',
        weight: 5,
        bands: b([50, 25], [75, 50], [100, 75], [null, 100]),
        whenUndefined: 25
      },
      RENTABILITAS_ASET: {
        aspect: 'KEMANDIRIAN',
        weight: 3,
        bands: b([5, 25], [7.5, 50], [10, 75], [null, 100]),
        whenUndefined: 25
      },
      RENTABILITAS_MODAL: {
        aspect: 'KEMANDIRIAN',
        weight: 3,
        bands: b([5, 25], [7.5, 50], [10, 75], [null, 100]),
        whenUndefined: 25
      },
      KEMANDIRIAN_OPERASIONAL: {
        aspect: 'KEMANDIRIAN',
        weight: 4,
        bands: b([100, 25], [125, 50], [150, 75], [null, 100]),
        whenUndefined: 25
      },
      PARTISIPASI_BRUTO: {
        aspect: 'JATIDIRI',
        weight: 5,
        bands: b([25, 25], [50, 50], [75, 75], [null, 100]),
        whenUndefined: 25
      },
      PROMOSI_EKONOMI: {
        aspect: 'JATIDIRI',
        weight: 5,
        bands: b([5, 25], [7.5, 50], [10, 75], [null, 100]),
        whenUndefined: 25
      }
    }
  }
}

export const PERDEP_ASPECTS = [
  'P_PERMODALAN',
  'P_KAP',
  'MANAJEMEN',
  'EFISIENSI',
  'LIKUIDITAS',
  'KEMANDIRIAN',
  'JATIDIRI'
] as const
export const JUKNIS_ASPECTS = ['TATA_KELOLA', 'PROFIL_RISIKO', 'KINERJA_KEUANGAN', 'PERMODALAN'] as const
