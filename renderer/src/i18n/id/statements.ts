// Strings of the statements screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const statements = {
  tabs: {
    balanceSheet: 'Posisi Keuangan',
    incomeStatement: 'Hasil Usaha',
    equityChanges: 'Perubahan Ekuitas',
    cashFlow: 'Arus Kas',
    calk: 'CALK',
    periodic: 'Triwulanan & Semesteran'
  },
  periodic: {
    title: 'Laporan triwulanan dan semesteran',
    form: 'Pilih periode laporan',
    kind: 'Jenis periode',
    kinds: { TRIWULAN: 'Triwulan', SEMESTER: 'Semester' } as Record<'TRIWULAN' | 'SEMESTER', string>,
    number: 'Periode ke',
    year: 'Tahun',
    badYear: 'Isi tahun empat angka, mis. 2026',
    lead: 'Laporan berkala KSP/USP: posisi keuangan pada akhir periode, hasil usaha dan arus kas selama periode. Unduh PDF untuk mencetak ketiganya sekaligus.',
    totalAssets: 'Jumlah aset akhir periode',
    liabilitiesEquity: 'Jumlah liabilitas dan ekuitas',
    shu: 'SHU periode ini (setelah pajak)',
    openingCash: 'Kas dan setara kas awal periode',
    netChange: 'Kenaikan (penurunan) bersih kas',
    closingCash: 'Kas dan setara kas akhir periode',
    open: {
      balanceSheet: 'Buka Laporan Posisi Keuangan periode ini',
      incomeStatement: 'Buka Laporan Hasil Usaha periode ini',
      cashFlow: 'Buka Laporan Arus Kas periode ini'
    }
  },
  titles: {
    balanceSheet: 'Laporan Posisi Keuangan',
    incomeStatement: 'Laporan Perhitungan Hasil Usaha',
    equityChanges: 'Laporan Perubahan Ekuitas',
    cashFlow: 'Laporan Arus Kas',
    calk: 'Catatan atas Laporan Keuangan'
  },
  form: {
    asOf: 'Per tanggal',
    compare: 'Bandingkan dengan tahun lalu',
    pdf: 'Unduh PDF',
    xlsx: 'Unduh Excel',
    exporting: 'Menyiapkan berkas…',
    saved: (file: string) => `Berkas tersimpan di ${file}`,
    savedTitle: 'Laporan diunduh'
  },
  subtitleAsOf: (date: string) => `Per ${date}`,
  subtitlePeriod: (from: string, to: string) => `Periode ${from} s.d. ${to}`,
  subtitleYearEnded: (from: string, to: string) => `Untuk periode ${from} s.d. ${to}`,
  amountsNote: '(dalam rupiah)',
  colDescription: 'Uraian',
  colTotal: 'Jumlah',
  colLastYear: 'Tahun lalu',
  colCurrent: 'Periode ini',
  noUnit: 'Tanpa unit',
  printedAt: (date: string) => `Dicetak dari Lumbung, ${date}`,
  drillLabel: (what: string) => `Rincian ${what}`,
  drillUnit: (what: string, unit: string) => `${what}, unit ${unit}`,
  drillLastYear: (what: string) => `${what}, tahun lalu`,
  bs: {
    totalOf: (title: string) => `Jumlah ${title.toLowerCase()}`,
    totalLiabEquity: 'Jumlah liabilitas dan ekuitas',
    balanced: 'Seimbang ✓',
    notBalanced: 'TIDAK seimbang',
    balancedHint: 'Jumlah aset sama dengan jumlah liabilitas dan ekuitas.',
    notBalancedHint: (a: string, le: string) =>
      `Jumlah aset ${a} tidak sama dengan jumlah liabilitas dan ekuitas ${le}. Jalankan Pemeriksaan buku di Pengaturan.`,
    sharesAsLiability: 'Simpanan pokok dan wajib disajikan sebagai liabilitas.',
    empty: 'Tidak ada saldo.'
  },
  is: {
    shu: 'SHU setelah pajak',
    partyTitle: 'Pendapatan dari anggota dan non-anggota',
    partyCaption: 'Pendapatan usaha menurut pihak, per unit usaha',
    colUnit: 'Unit usaha',
    colMember: 'Anggota',
    colNonMember: 'Non-anggota',
    colUnmarked: 'Tidak ditandai',
    partyDrill: (unit: string, party: string) => `pendapatan ${unit} – ${party}`,
    partyTotal: 'Jumlah',
    chartTitle: 'SHU per unit usaha',
    chartSummary: (parts: string) => `SHU per unit usaha: ${parts}`,
    empty: 'Belum ada pendapatan atau beban pada periode ini.'
  },
  eq: {
    shuCheck: (shu: string) => `SHU periode berjalan menurut Laporan Hasil Usaha: ${shu}`,
    shuOk: 'sama ✓',
    shuBad: 'berbeda'
  },
  cf: {
    net: (title: string) => `${title.replace(/^Arus kas dari/, 'Arus kas bersih dari')}`,
    noLines: 'Tidak ada arus kas.',
    netChange: 'Kenaikan (penurunan) bersih kas dan setara kas',
    opening: 'Kas dan setara kas awal periode',
    closing: 'Kas dan setara kas akhir periode',
    check: (amount: string) => `Saldo kas dan bank di buku: ${amount}`,
    checkOk: 'sama dengan kas akhir ✓',
    checkBad: 'TIDAK sama dengan kas akhir'
  },
  calk: {
    notesLabel: 'Catatan',
    edit: 'Ubah',
    editLabel: (title: string) => `Ubah catatan ${title}`,
    textLabel: (title: string) => `Teks catatan ${title}`,
    save: 'Simpan catatan',
    saved: (title: string) => `Catatan ${title} tersimpan.`
  },
  drill: {
    title: (what: string) => `Rincian ${what}`,
    period: (from: string | null, to: string) =>
      from ? `Baris jurnal ${from} s.d. ${to}` : `Baris jurnal sampai dengan ${to}`,
    cashOnly: 'Hanya baris yang berlawanan dengan kas atau bank.',
    caption: 'Baris jurnal di balik angka',
    colDate: 'Tanggal',
    colNumber: 'Nomor jurnal',
    colDescription: 'Uraian',
    colAccount: 'Akun',
    colUnit: 'Unit',
    colParty: 'Pihak',
    colDebit: 'Debit',
    colCredit: 'Kredit',
    total: 'Jumlah',
    empty: 'Tidak ada baris jurnal.',
    openEntry: (n: string) => `Buka jurnal ${n}`,
    party: { ANGGOTA: 'Anggota', NON_ANGGOTA: 'Non-anggota', TANPA: 'Tidak ditandai' } as Record<string, string>
  }
}
