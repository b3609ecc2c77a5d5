/**
 * Every screen and sub-page of the app, as the routes a treasurer reaches from the side menu and
 * the tabs, plus the detail pages of the seeded book's first member and loan. Used by the format
 * scans (renderer and Playwright) and the list-width spec.
 */
export function screenRoutes(ids: { memberId: number; loanId: number }): string[] {
  return [
    'beranda',
    'anggota/daftar', 'anggota/tambah', 'anggota/impor', 'anggota/cetak', `anggota/detail?id=${ids.memberId}`,
    'simpanan/transaksi', `simpanan/buku?anggota=${ids.memberId}`, 'simpanan/saldo', 'simpanan/penagihan', 'simpanan/tunggakan', 'simpanan/jasa', 'simpanan/pengaturan',
    'pinjaman/simulasi', 'pinjaman/daftar', 'pinjaman/pengajuan', 'pinjaman/tunggakan', 'pinjaman/portofolio', 'pinjaman/produk', 'pinjaman/kebijakan',
    `pinjaman/detail?id=${ids.loanId}`, `pinjaman/perjanjian?id=${ids.loanId}`, `pinjaman/rekening?member=${ids.memberId}`,
    'unit-usaha/ringkasan', 'unit-usaha/barang', 'unit-usaha/pembelian', 'unit-usaha/penjualan', 'unit-usaha/harian', 'unit-usaha/jasa', 'unit-usaha/opname',
    'kas/buku', 'kas/saldo-awal', 'kas/aset', 'kas/berulang',
    'jurnal/catat', 'jurnal/daftar', 'jurnal/buku-besar',
    'laporan/neraca-saldo', 'laporan/posisi-keuangan', 'laporan/hasil-usaha', 'laporan/perubahan-ekuitas', 'laporan/arus-kas', 'laporan/calk', 'laporan/kesehatan',
    'rat/tutup-buku', 'rat/shu', 'rat/organisasi', 'rat/rapat', 'rat/buku-rat',
    'dinas/laporan', 'dinas/rekap',
    'panduan/glosarium', 'panduan/kalender', 'panduan/langkah-awal', 'panduan/lembar-anggota', 'panduan/tes',
    'pengaturan/profil', 'pengaturan/akun', 'pengaturan/unit', 'pengaturan/periode', 'pengaturan/pengguna', 'pengaturan/cadangan', 'pengaturan/pemeriksaan', 'pengaturan/audit', 'pengaturan/tentang'
  ]
}
