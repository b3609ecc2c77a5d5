// Strings of the Meja Kasir screens (the kasir's day and the bendahara's setoran kasir), part of
// the Bahasa Indonesia messages (see ../id.ts).
export const till = {
  nav: 'Meja Kasir',
  title: 'Meja Kasir',
  leadDesk:
    'Kas harian Anda: buka kas dengan modal awal, layani penjualan dan simpanan, lalu hitung kas akhir dan serahkan kepada bendahara.',
  leadOffice:
    'Setoran kasir: kas harian setiap kasir dan teller. Terima setoran yang sudah dihitung; selisih kas dibukukan sesudah diterima.',
  tabs: { sale: 'Penjualan', savings: 'Simpanan', instalment: 'Angsuran', close: 'Tutup kas', report: 'Laporan kas' },
  instalment: {
    loan: 'Pinjaman berjalan',
    loanOption: (loanNo: string, principal: string) => `${loanNo} · pokok ${principal}`,
    choose: 'Pilih pinjaman',
    none: 'Anggota ini tidak punya pinjaman berjalan'
  },
  open: {
    title: 'Buka kas hari ini',
    lead: (date: string) => `Kas tanggal ${date} belum dibuka. Hitung uang modal awal yang Anda terima dari bendahara.`,
    float: 'Modal awal kasir',
    floatHint: 'Uang kembalian yang diambil dari kas bendahara (boleh Rp0)',
    unit: 'Unit usaha (untuk penjualan)',
    noUnit: 'Tanpa unit (loket simpan pinjam)',
    submit: 'Buka kas',
    needFloat: 'Isi modal awal (Rp0 bila tanpa modal)'
  },
  summary: {
    label: 'Ringkasan kas hari ini',
    float: 'Modal awal',
    cashIn: 'Uang masuk',
    cashOut: 'Uang keluar',
    expected: 'Kas seharusnya',
    counted: 'Hasil hitung',
    received: 'Diterima bendahara (hitung ulang)',
    difference: 'Selisih',
    over: (amount: string) => `lebih ${amount}`,
    short: (amount: string) => `kurang ${amount}`,
    none: 'tidak ada'
  },
  status: { BUKA: 'Dibuka', DISERAHKAN: 'Menunggu diterima bendahara', DITERIMA: 'Diterima bendahara' } as Record<
    string,
    string
  >,
  waiting:
    'Kas hari ini sudah ditutup dan diserahkan. Bendahara akan menghitung ulang dan menerima setoran Anda; kas baru dapat dibuka sesudah itu.',
  close: {
    title: 'Hitung kas akhir',
    lead: 'Hitung uang di laci. Isi jumlah lembar/keping per pecahan, atau langsung jumlah uangnya.',
    denomination: 'Pecahan',
    count: 'Lembar/keping',
    amount: 'Jumlah',
    countOf: (value: string) => `Jumlah lembar/keping ${value}`,
    wholeCount: 'Isi jumlah lembar/keping dengan bilangan bulat (0, 1, 2, …)',
    fromCounts: 'Jumlah menurut pecahan',
    counted: 'Jumlah uang di laci',
    countedHint: 'Boleh dikosongkan bila pecahan diisi',
    note: 'Catatan',
    submit: 'Tutup kas dan serahkan',
    confirm: (counted: string, expected: string) =>
      `Serahkan kas ${counted}? Kas seharusnya ${expected}. Sesudah diserahkan, tidak ada transaksi lagi pada kas ini.`,
    needCount: 'Isi jumlah uang di laci atau jumlah lembar per pecahan',
    mismatch: (counted: string, fromCounts: string) =>
      `Jumlah ${counted} tidak sama dengan jumlah pecahan ${fromCounts}`,
    done: 'Kas ditutup dan diserahkan kepada bendahara.'
  },
  report: {
    title: 'Laporan Kas Harian Kasir',
    cashier: 'Kasir',
    date: 'Tanggal kas',
    status: 'Status',
    drawer: 'Laci kas',
    openedAt: 'Dibuka',
    closedAt: 'Diserahkan',
    acceptedAt: 'Diterima',
    acceptedBy: 'Diterima oleh',
    movements: 'Transaksi melalui laci kas',
    time: 'Waktu',
    entry: 'No. jurnal',
    description: 'Uraian',
    source: 'Jenis',
    in: 'Masuk',
    out: 'Keluar',
    noMovements: 'Belum ada transaksi.',
    denominations: 'Rincian pecahan',
    handover: 'Jurnal setoran',
    signCashier: 'Kasir',
    signTreasurer: 'Bendahara',
    print: 'Cetak laporan kas',
    printed: (stamp: string) => `Dicetak ${stamp}`,
    sources: { USAHA: 'Penjualan', SIMPANAN: 'Simpanan', PINJAMAN: 'Angsuran', KASIR: 'Kas kasir' } as Record<
      string,
      string
    >
  },
  office: {
    list: 'Sesi kas kasir',
    empty: 'Belum ada sesi kas kasir.',
    filter: 'Status',
    all: 'Semua',
    accept: 'Terima setoran',
    confirmAccept: (who: string, counted: string, difference: string) =>
      `Terima setoran ${who} sebesar ${counted}? Selisih kas: ${difference}.`,
    received: 'Jumlah yang Anda terima',
    receivedHint: 'Hitung ulang uangnya; ubah bila berbeda dari hitungan kasir',
    accepted: (who: string, entry: string) => `Setoran ${who} diterima; jurnal ${entry}.`,
    acceptedNoEntry: (who: string) => `Setoran ${who} diterima.`,
    open: 'Lihat',
    back: 'Kembali ke daftar'
  },
  settings: {
    title: 'Batas penarikan oleh kasir/teller',
    lead: 'Penarikan simpanan yang lebih besar dari batas ini per transaksi dilayani bendahara.',
    limit: 'Batas penarikan per transaksi',
    save: 'Simpan batas',
    saved: (amount: string) => `Batas penarikan oleh kasir/teller sekarang ${amount}.`
  }
}
