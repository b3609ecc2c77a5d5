// Strings of the Panduan (glossary, why-texts, Tes pemahaman, Lembar Anggota, Kalender kewajiban,
// first-month checklist), part of the Bahasa Indonesia messages (see ../id.ts). The content itself
// (terms, questions, why-texts) lives in shared/panduan.
import type { ChecklistKey, ObligationKind, ObligationStatus } from '../../../../shared/panduan/calendar'
import { formatPercent } from '../../../../shared/money/decimal-text'

const n = (x: number) => x.toLocaleString('id-ID')

export const panduan = {
  title: 'Panduan',
  lead: 'Pengertian koperasi di dalam Lumbung: istilah, tes pemahaman, Lembar Anggota, kalender kewajiban dan langkah bulan pertama.',
  tabs: {
    glosarium: 'Glosarium',
    tes: 'Tes pemahaman',
    'lembar-anggota': 'Lembar Anggota',
    kalender: 'Kalender kewajiban',
    'langkah-awal': 'Langkah bulan pertama'
  } as Record<string, string>,

  glossary: {
    open: 'Glosarium (F1 atau Ctrl+K)',
    dialogTitle: 'Glosarium istilah koperasi',
    search: 'Cari istilah',
    searchHint:
      'Ketik nama istilah, singkatan (JMA, PPAP) atau kata yang dicari. F1 atau Ctrl+K membuka glosarium dari layar mana pun.',
    results: (k: number) => `${n(k)} istilah`,
    none: 'Tidak ada istilah yang cocok.',
    definition: 'Artinya',
    rule: 'Aturannya',
    example: 'Contoh',
    basis: 'Dasar',
    sources: 'Sumber',
    related: 'Istilah terkait',
    status: {
      VERIFIED: 'Terverifikasi di sumbernya',
      ASSUMED: 'Asumsi/kebiasaan umum — dapat diatur koperasi',
      STANDARD: 'Rumus baku'
    } as Record<string, string>,
    basisText: (sections: string) => `DOMAIN.md ${sections}`,
    help: (term: string) => `Penjelasan istilah: ${term}`,
    back: 'Kembali ke daftar',
    all: 'Semua topik'
  },

  why: {
    toggle: 'Untuk apa layar ini?',
    hide: 'Sembunyikan penjelasan',
    purpose: 'Untuk apa',
    who: 'Siapa yang mengerjakan',
    when: 'Kapan',
    skipped: 'Bila dilewatkan',
    basis: 'Dasar',
    basisText: (sections: string) => `Dasar: DOMAIN.md ${sections}`,
    icon: 'i',
    terms: 'Istilah'
  },

  quiz: {
    intro:
      'Tes pilihan ganda tentang cara kerja koperasi. Sebagian soal dihitung dari buku koperasi sendiri (persentase SHU, simpanan, produk pinjaman, jumlah anggota). Hasil disimpan di buku dan diringkas di buku RAT serta laporan Dinas.',
    startTitle: 'Mulai tes',
    role: 'Tes untuk',
    roles: { PENGURUS: 'Pengurus', PENGAWAS: 'Pengawas', ANGGOTA: 'Anggota' } as Record<string, string>,
    person: 'Peserta',
    personOfficer: 'Pilih pengurus/pengawas yang menjabat',
    personMember: 'Pilih anggota',
    personName: 'atau tulis nama peserta',
    personNameHint: 'Mis. Kepala Desa sebagai Ketua Pengawas bila belum tercatat.',
    noOfficers: 'Belum ada yang tercatat menjabat; tulis nama peserta.',
    choose: '— pilih —',
    start: 'Mulai tes',
    starting: 'Menyiapkan soal…',
    needPerson: 'Pilih peserta atau tulis namanya.',
    paperTitle: (role: string, name: string) => `Tes pemahaman ${role} — ${name}`,
    paperIntro: (k: number, pass: number) =>
      `${n(k)} soal. Lulus bila paling sedikit ${pass} % benar. Pilih satu jawaban untuk setiap soal.`,
    computedBadge: 'dari buku koperasi',
    question: (no: number) => `Soal ${no}`,
    answered: (a: number, k: number) => `${n(a)} dari ${n(k)} soal dijawab`,
    submit: 'Kumpulkan jawaban',
    submitting: 'Menilai…',
    unanswered: (k: number) => `${n(k)} soal belum dijawab; soal yang kosong dihitung salah. Kumpulkan juga?`,
    submitAnyway: 'Ya, kumpulkan',
    resultTitle: 'Lembar hasil tes pemahaman',
    score: (c: number, k: number, p: string) => `${n(c)} dari ${n(k)} benar (${formatPercent(p)})`,
    passed: 'LULUS',
    failed: 'BELUM LULUS',
    passRule: (p: number) => `Batas lulus ${p} % benar.`,
    byTopic: 'Per topik',
    yourAnswer: 'Jawaban',
    rightAnswer: 'Jawaban benar',
    noAnswer: '(tidak dijawab)',
    explanation: 'Penjelasan',
    basis: (b: string) => `Dasar: DOMAIN.md ${b}`,
    print: 'Cetak lembar hasil',
    again: 'Tes lagi',
    takenOn: (d: string) => `Tanggal tes: ${d}`,
    signature: 'Tanda tangan peserta',
    historyTitle: 'Hasil tes',
    year: 'Tahun',
    colDate: 'Tanggal',
    colName: 'Peserta',
    colRole: 'Tes',
    colScore: 'Nilai',
    colStatus: 'Hasil',
    open: 'Lihat',
    notSubmitted: 'belum dikumpulkan',
    noHistory: 'Belum ada tes pada tahun ini.',
    summary: (role: string, took: number, passed: number) => `${role}: ${n(took)} orang ikut, ${n(passed)} lulus`,
    serving: (k: number) => `(${n(k)} menjabat)`
  },

  sheet: {
    intro:
      'Satu halaman untuk setiap anggota tentang tahunnya: simpanan, pinjaman, bagian SHU dengan penjelasan dari angkanya sendiri, serta hak dan kewajibannya. Dibagikan pada RAT. Angka diambil dari buku; jumlahnya sama dengan buku simpanan dan perhitungan SHU.',
    year: 'Tahun buku',
    yearInvalid: 'Isi tahun buku empat angka, mis. 2025',
    members: (k: number) => `${n(k)} anggota`,
    asOf: (d: string) => `Angka per ${d}`,
    shuStatus: {
      DIBUKUKAN: 'SHU sudah diputuskan RAT dan dibukukan',
      PERKIRAAN: 'SHU masih perkiraan (belum diputuskan RAT)',
      RUGI: 'Tidak ada SHU yang dibagi'
    } as Record<string, string>,
    totalsTitle: 'Jumlah seluruh anggota',
    type: 'Jenis',
    opening: 'Saldo awal',
    deposits: 'Setoran',
    withdrawals: 'Penarikan',
    jasa: 'Jasa',
    pph: 'PPh',
    corrections: 'Koreksi',
    closing: 'Saldo akhir',
    total: 'Jumlah',
    types: { POKOK: 'Simpanan pokok', WAJIB: 'Simpanan wajib', SUKARELA: 'Simpanan sukarela' } as Record<
      string,
      string
    >,
    loansTotal: (k: number) => `Pinjaman: ${n(k)}`,
    outstanding: 'Sisa pokok 31 Desember',
    shuTotal: 'SHU anggota (JMA + JUA)',
    pdf: 'Cetak PDF semua anggota',
    xlsx: 'Unduh XLSX',
    making: 'Menyusun Lembar Anggota… (ribuan anggota dapat memerlukan beberapa detik)',
    pages: (k: number) => `${n(k)} halaman`,
    tooLarge: 'Berkas lebih dari 20 MB tidak dipratinjau di sini; gunakan Buka atau Tampilkan di folder.',
    preview: 'Pratinjau Lembar Anggota',
    previewOne: 'Lihat Lembar Anggota satu anggota',
    pick: 'Anggota',
    sections: { savings: '1. Simpanan', loans: '2. Pinjaman', shu: '3. Bagian SHU', rights: '4. Hak dan kewajiban' },
    noLoans: 'Tidak ada pinjaman pada tahun buku ini.',
    loanCols: {
      loanNo: 'No. pinjaman',
      product: 'Produk',
      opening: 'Sisa 1 Jan',
      pokok: 'Pokok dibayar',
      jasa: 'Jasa dibayar',
      denda: 'Denda',
      outstanding: 'Sisa 31 Des',
      status: 'Kolektibilitas'
    },
    daysPastDue: (days: string) => ` (${days} hari)`,
    loanStatus: {
      LANCAR: 'Lancar',
      KURANG_LANCAR: 'Kurang lancar',
      DIRAGUKAN: 'Diragukan',
      MACET: 'Macet',
      LUNAS: 'Lunas',
      HAPUS_BUKU: 'Hapus buku'
    } as Record<string, string>,
    shuCols: {
      S: 'Modal Anda (S)',
      totalS: 'Modal semua (ΣS)',
      JMA: 'JMA',
      T: 'Transaksi Anda (T)',
      totalT: 'Transaksi semua (ΣT)',
      JUA: 'JUA',
      total: 'SHU Anda'
    },
    rights: 'Hak',
    obligations: 'Kewajiban'
  },

  calendar: {
    intro:
      'Kewajiban koperasi sepanjang tahun dengan batas waktunya. Yang terlihat di buku dicentang otomatis; yang tidak terlihat (laporan Dinas terkirim, laporan triwulan, laporan tahunan siap) ditandai sendiri.',
    year: 'Tahun',
    colDue: 'Batas',
    colWhat: 'Kewajiban',
    colStatus: 'Keadaan',
    colDone: 'Selesai',
    open: 'Buka',
    markDone: 'Tandai selesai',
    unmark: 'Batalkan tanda',
    empty: 'Tidak ada kewajiban tercatat untuk tahun ini.',
    status: { SELESAI: 'Selesai', TERLAMBAT: 'Terlambat', SEGERA: 'Segera', AKAN_DATANG: 'Akan datang' } as Record<
      ObligationStatus,
      string
    >,
    kinds: {
      WAJIB: 'Tagih dan catat simpanan wajib',
      JASA: 'Bukukan jasa simpanan sukarela dan PPh',
      PENYUSUTAN: 'Bukukan penyusutan aset tetap',
      TUTUP_BULAN: 'Tutup (kunci) buku bulan',
      LAPORAN_TRIWULAN: 'Susun laporan keuangan triwulan (KSP/USP)',
      TUTUP_TAHUN: 'Tutup buku tahun',
      LAPORAN_TAHUNAN: 'Laporan tahunan siap (1 bulan sebelum RAT)',
      RAT: 'Rapat Anggota Tahunan',
      DINAS: 'Laporkan RAT ke Dinas/ODS (1 bulan setelah RAT)',
      MASA_JABATAN: 'Masa jabatan berakhir — pemilihan di RAT'
    } as Record<ObligationKind, string>,
    behind: (k: number) => `${n(k)} anggota belum lunas`,
    periodMonth: (what: string, month: string) => `${what} — ${month}`,
    periodQuarter: (what: string, quarter: string, year: string) => `${what} — triwulan ${quarter} ${year}`,
    periodYear: (what: string, year: string) => `${what} — tahun buku ${year}`,
    periodTerm: (what: string, name: string) => `${what}: ${name}`,
    manual: 'ditandai sendiri',
    settingsTitle: 'Pengaturan kalender',
    ratMonths: 'Batas RAT (bulan setelah tahun buku berakhir)',
    ratMonthsHint: 'Undang-undang: paling lambat 6 bulan (30 Juni). Dinas sering meminta akhir Maret (3 bulan).',
    reminderDays: 'Ingatkan berapa hari sebelumnya',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan tersimpan.',
    remindersTitle: 'Kewajiban yang terlambat dan segera datang',
    remindersNone: 'Tidak ada kewajiban yang terlambat atau jatuh tempo dalam waktu dekat.',
    late: 'Terlambat',
    soon: 'Segera',
    due: (d: string) => `batas ${d}`,
    seeAll: 'Kalender lengkap',
    lateGroup: (what: string, k: number, since: string) =>
      `${what}: ${n(k)} belum selesai${since ? `, sejak ${since}` : ''}`
  },

  checklist: {
    title: 'Langkah bulan pertama',
    intro: 'Langkah agar bulan pertama di Lumbung benar. Centang muncul sendiri bila buku sudah menunjukkannya.',
    progress: (d: number, k: number) => `${n(d)} dari ${n(k)} langkah selesai`,
    open: 'Kerjakan',
    notNeeded: 'tidak diperlukan',
    doneMark: '(selesai) ',
    notDoneMark: '(belum) ',
    doneIcon: '✓',
    notDoneIcon: '○',
    hide: 'Sembunyikan dari Beranda',
    show: 'Tampilkan lagi di Beranda',
    noOpening: 'Koperasi baru, tidak ada saldo awal',
    undoNoOpening: 'Batalkan: ada saldo awal',
    items: {
      PROFIL: 'Lengkapi profil koperasi (nomor dan tanggal badan hukum)',
      PENGURUS: 'Catat ketua, bendahara dan pengawas dengan masa jabatannya',
      PENGATURAN_SIMPANAN: 'Tetapkan besar simpanan pokok dan wajib sesuai keputusan rapat',
      ANGGOTA: 'Daftarkan anggota (paling sedikit 9 pendiri)',
      SALDO_AWAL: 'Masukkan saldo awal dari buku lama (atau tandai koperasi baru)',
      SIMPANAN_POKOK: 'Catat simpanan pokok setiap anggota',
      KAS: 'Catat penerimaan dan pengeluaran kas',
      PRODUK_PINJAMAN: 'Atur produk pinjaman (jasa, tenor, provisi, denda)',
      WAJIB_BULAN_PERTAMA: 'Tagih simpanan wajib bulan pertama sampai lunas',
      JASA_BULAN_PERTAMA: 'Bukukan jasa simpanan sukarela bulan pertama',
      TUTUP_BULAN_PERTAMA: 'Tutup (kunci) buku bulan pertama',
      CADANGAN: 'Atur cadangan ke flashdisk',
      TES_PENGURUS: 'Pengurus mengikuti tes pemahaman'
    } as Record<ChecklistKey, string>,
    count: (c: number, k: number | null) => (k === null ? `${n(c)}` : `${n(c)} dari ${n(k)}`)
  }
}
