import type { GlossaryId } from './glossary'

/**
 * "Untuk apa layar ini?": for every screen (and the sub-pages where the work differs) what it is
 * for, who does it, how often, and what goes wrong when it is skipped. Keys are the route: the
 * screen id (`simpanan`) or screen/sub-page (`simpanan/tunggakan`), as in the address bar.
 */

export type Frequency = 'HARIAN' | 'MINGGUAN' | 'BULANAN' | 'TRIWULANAN' | 'TAHUNAN' | 'SEKALI' | 'SESUAI_KEBUTUHAN'

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  HARIAN: 'Setiap hari',
  MINGGUAN: 'Setiap minggu',
  BULANAN: 'Setiap bulan',
  TRIWULANAN: 'Setiap triwulan',
  TAHUNAN: 'Setiap tahun',
  SEKALI: 'Sekali, saat mulai',
  SESUAI_KEBUTUHAN: 'Bila diperlukan'
}

export interface WhyText {
  title: string
  /** What the screen is for. */
  purpose: string
  /** Who does the work here. */
  who: string
  frequency: Frequency
  /** When, in words (e.g. "akhir bulan, sesudah semua setoran dicatat"). */
  when: string
  /** What goes wrong when it is skipped. */
  skipped: string
  /** Sections of DOMAIN.md the screen rests on. */
  basis: readonly string[]
  terms: readonly GlossaryId[]
}

const w = (
  title: string,
  purpose: string,
  who: string,
  frequency: Frequency,
  when: string,
  skipped: string,
  basis: readonly string[],
  terms: readonly GlossaryId[]
): WhyText => ({ title, purpose, who, frequency, when, skipped, basis, terms })

export const WHY_TEXTS: Readonly<Record<string, WhyText>> = {
  beranda: w(
    'Beranda',
    'Menunjukkan keadaan koperasi hari ini: anggota, simpanan, pinjaman, kas, SHU berjalan, serta kewajiban yang terlambat atau segera datang.',
    'Bendahara dan ketua; pengawas untuk melihat sekilas.',
    'HARIAN',
    'Setiap kali membuka Lumbung.',
    'Tanpa melihat pengingat, tagihan wajib, jasa akhir bulan, tutup bulan atau batas RAT dan laporan Dinas mudah terlewat sampai ditegur Dinas.',
    ['§1.3', '§3.2', '§9.3'],
    ['rat', 'laporan-dinas', 'tunggakan-wajib']
  ),
  kasir: w(
    'Meja Kasir',
    'Kas harian kasir dan teller: modal awal dari kas bendahara, penjualan gerai dan simpanan di loket, hitung kas akhir yang diserahkan sebagai setoran kasir, dan penerimaan setoran oleh bendahara beserta selisih kasnya.',
    'Kasir gerai dan teller simpan pinjam; bendahara menerima setoran.',
    'HARIAN',
    'Setiap hari buka loket: buka kas pagi, setor sore.',
    'Tanpa hitung kas akhir dan setoran yang diterima, uang laci kasir tidak pernah dicocokkan; kekurangan kas baru ketahuan berminggu-minggu kemudian dan tidak jelas siapa yang bertanggung jawab. Penjualan yang tidak dicatat membuat belanja anggota tidak terhitung dalam jasa usaha SHU.',
    ['§5.4'],
    ['partisipasi', 'jua']
  ),

  anggota: w(
    'Anggota',
    'Buku Daftar Anggota: siapa saja anggota koperasi, sejak kapan, dan siapa yang sudah keluar.',
    'Sekretaris atau bendahara.',
    'SESUAI_KEBUTUHAN',
    'Setiap ada anggota masuk, berubah data, atau keluar.',
    'Tanpa pencatatan di Daftar Anggota seseorang belum sah menjadi anggota; jumlah anggota laki-laki dan perempuan untuk RAT dan Dinas menjadi salah.',
    ['§1.5', '§6.3'],
    ['buku-daftar-anggota', 'anggota', 'calon-anggota']
  ),
  'anggota/tambah': w(
    'Tambah anggota',
    'Mendaftarkan anggota baru beserta NIK, alamat dan tanggal masuk.',
    'Sekretaris atau bendahara, di depan calon anggota.',
    'SESUAI_KEBUTUHAN',
    'Saat anggota baru mendaftar dan menandatangani buku.',
    'NIK yang salah atau ganda tidak terdeteksi; anggota tanpa tanggal masuk tidak ikut SHU dan tidak ditagih wajib.',
    ['§1.5', '§9.4'],
    ['nik', 'anggota']
  ),
  'anggota/impor': w(
    'Impor anggota',
    'Memindahkan daftar anggota dan saldo simpanan awal dari Excel sekaligus.',
    'Bendahara.',
    'SEKALI',
    'Saat mulai memakai Lumbung.',
    'Mengetik ulang ratusan anggota memakan waktu dan mudah salah; saldo awal yang tidak diimpor membuat simpanan anggota tidak cocok dengan neraca.',
    ['§9.8'],
    ['simpanan-pokok', 'akun-kontrol']
  ),
  'anggota/cetak': w(
    'Cetak Daftar Anggota',
    'Mencetak Buku Daftar Anggota untuk ditandatangani.',
    'Sekretaris.',
    'TAHUNAN',
    'Menjelang RAT, atau saat buku kertas diperbarui.',
    'Tanda tangan di buku kertas adalah bukti hukum keanggotaan; tanpa cetakan, buku itu tidak lengkap saat diperiksa Dinas.',
    ['§1.5'],
    ['buku-daftar-anggota']
  ),
  'anggota/detail': w(
    'Data anggota',
    'Data satu anggota, riwayat perubahannya, dan penyelesaian bila ia keluar.',
    'Sekretaris atau bendahara.',
    'SESUAI_KEBUTUHAN',
    'Saat data berubah atau anggota keluar.',
    'Anggota yang keluar tanpa penyelesaian hak dan kewajiban meninggalkan simpanan dan utang yang menggantung.',
    ['§3.4'],
    ['pengembalian-simpanan']
  ),

  simpanan: w(
    'Simpanan',
    'Setoran dan penarikan simpanan pokok, wajib dan sukarela setiap anggota, dengan buku simpanan dan saldo yang selalu sama dengan buku besar.',
    'Bendahara.',
    'HARIAN',
    'Setiap ada setoran atau penarikan.',
    'Simpanan yang dicatat di buku terpisah tidak cocok dengan neraca; kesalahan baru ketahuan saat audit atau RAT.',
    ['§3.1', '§9.8'],
    ['simpanan-pokok', 'simpanan-wajib', 'simpanan-sukarela', 'akun-kontrol']
  ),
  'simpanan/transaksi': w(
    'Setor dan tarik',
    'Mencatat setoran atau penarikan seorang anggota, dengan kuitansi bertuliskan jumlah dalam huruf.',
    'Bendahara.',
    'HARIAN',
    'Saat uang diterima atau dibayarkan.',
    'Uang yang diterima tanpa kuitansi dan catatan memicu sengketa dengan anggota.',
    ['§2.6', '§9.2'],
    ['simpanan-sukarela', 'penulisan-rupiah']
  ),
  'simpanan/buku': w(
    'Buku simpanan',
    'Semua transaksi simpanan seorang anggota dengan saldonya, untuk ditunjukkan atau dicetak.',
    'Bendahara; anggota yang bertanya.',
    'SESUAI_KEBUTUHAN',
    'Saat anggota ingin melihat simpanannya.',
    'Anggota yang tidak dapat melihat simpanannya kehilangan kepercayaan kepada koperasi.',
    ['§9.8'],
    ['buku-simpanan']
  ),
  'simpanan/saldo': w(
    'Saldo simpanan',
    'Saldo setiap anggota per jenis simpanan pada satu tanggal, dan jumlahnya dibandingkan dengan akun kontrol.',
    'Bendahara; pengawas saat memeriksa.',
    'BULANAN',
    'Akhir bulan dan akhir tahun.',
    'Selisih antara jumlah saldo anggota dan buku besar tidak ketahuan.',
    ['§9.8'],
    ['akun-kontrol']
  ),
  'simpanan/penagihan': w(
    'Penagihan wajib',
    'Daftar simpanan wajib yang harus dibayar setiap anggota bulan ini, dan pencatatan setoran banyak anggota sekaligus.',
    'Bendahara.',
    'BULANAN',
    'Awal bulan menagih, akhir bulan mencatat.',
    'Wajib yang tidak ditagih menumpuk menjadi tunggakan; modal koperasi tumbuh lebih lambat.',
    ['§3.2'],
    ['tagihan-simpanan', 'simpanan-wajib']
  ),
  'simpanan/tunggakan': w(
    'Tunggakan wajib',
    'Anggota yang belum membayar simpanan wajib bulan-bulan yang sudah jatuh tempo.',
    'Bendahara dan ketua.',
    'BULANAN',
    'Sesudah hari jatuh tempo wajib (bawaan akhir bulan).',
    'Tunggakan yang dibiarkan menjadi besar dan sulit ditagih; menurut AD anggota yang menunggak bisa tertahan pinjaman atau SHU-nya.',
    ['§3.2'],
    ['tunggakan-wajib']
  ),
  'simpanan/jasa': w(
    'Jasa simpanan sukarela',
    'Menghitung dan membukukan jasa simpanan sukarela bulan lalu beserta PPh yang dipotong.',
    'Bendahara.',
    'BULANAN',
    'Awal bulan, untuk bulan yang baru selesai.',
    'Jasa yang tidak dibukukan membuat saldo tabungan anggota kurang dan SHU terlalu besar; PPh yang tidak dipotong menjadi utang pajak koperasi.',
    ['§3.3', '§9.6'],
    ['jasa-simpanan', 'pph-jasa-simpanan']
  ),
  'simpanan/pengaturan': w(
    'Pengaturan simpanan',
    'Besar simpanan pokok dan wajib, jasa sukarela dan batas PPh, berlaku sejak tanggal keputusan.',
    'Bendahara, sesudah keputusan RAT atau perubahan AD.',
    'TAHUNAN',
    'Sesudah RAT yang mengubah besaran simpanan.',
    'Tagihan dan jasa dihitung dengan angka lama; anggota ditagih terlalu banyak atau terlalu sedikit.',
    ['§3.1', '§3.3', '§0'],
    ['ad-art', 'simpanan-wajib']
  ),

  pinjaman: w(
    'Pinjaman',
    'Pengajuan, persetujuan, pencairan dan angsuran pinjaman anggota, beserta tunggakan dan kolektibilitas.',
    'Bendahara atau petugas USP; ketua menyetujui.',
    'HARIAN',
    'Setiap pengajuan dan setiap angsuran.',
    'Angsuran yang tidak dicatat membuat tunggakan, denda dan PPAP salah; pinjaman tanpa persetujuan melanggar prinsip kehati-hatian.',
    ['§4.1', '§4.3'],
    ['pinjaman', 'angsuran', 'kolektibilitas']
  ),
  'pinjaman/pengajuan': w(
    'Pengajuan pinjaman',
    'Mencatat permohonan pinjaman dan memeriksanya terhadap batas produk dan BMPP.',
    'Petugas USP; ketua menyetujui.',
    'SESUAI_KEBUTUHAN',
    'Saat anggota mengajukan pinjaman.',
    'Pinjaman melebihi batas atau kepada pihak berelasi tanpa persetujuan pengurus dan pengawas melanggar Permenkop 8/2023.',
    ['§4.1'],
    ['bmpp', 'pihak-berelasi', 'plafon']
  ),
  'pinjaman/produk': w(
    'Produk pinjaman',
    'Jasa, metode, tenor, provisi, denda dan masa tenggang setiap jenis pinjaman, berlaku sejak tanggal keputusan.',
    'Pengurus.',
    'TAHUNAN',
    'Saat koperasi mengubah aturan pinjaman.',
    'Jadwal angsuran dan denda dihitung dengan aturan yang tidak disepakati; anggota dirugikan atau koperasi rugi.',
    ['§4.2', '§4.3'],
    ['metode-flat', 'provisi', 'denda']
  ),
  'pinjaman/tunggakan': w(
    'Tunggakan pinjaman',
    'Pinjaman yang angsurannya lewat jatuh tempo, dengan hari tunggakan, denda dan kolektibilitas.',
    'Bendahara dan ketua; pengawas memeriksa.',
    'MINGGUAN',
    'Setiap minggu untuk menagih, akhir bulan untuk PPAP.',
    'Tunggakan yang tidak ditagih cepat menjadi macet; NPL naik dan predikat kesehatan turun.',
    ['§4.4'],
    ['dpd', 'kolektibilitas', 'denda']
  ),
  'pinjaman/portofolio': w(
    'Portofolio dan PPAP',
    'Semua pinjaman beredar menurut kolektibilitas, NPL, dan PPAP yang wajib dibentuk dibanding yang sudah dibentuk.',
    'Bendahara.',
    'BULANAN',
    'Akhir bulan, sebelum tutup bulan.',
    'Tanpa PPAP, aset dan SHU terlalu besar; laporan keuangan tidak sesuai SAK EP.',
    ['§4.4', '§9.8'],
    ['ppap', 'npl', 'baki-debet']
  ),
  'pinjaman/simulasi': w(
    'Simulasi angsuran',
    'Menghitung jadwal angsuran flat, efektif dan anuitas sebelum meminjam, termasuk jasa efektifnya.',
    'Petugas USP bersama anggota.',
    'SESUAI_KEBUTUHAN',
    'Sebelum anggota memutuskan meminjam.',
    'Anggota meminjam tanpa tahu beban sebenarnya; pinjaman flat tampak lebih murah daripada kenyataannya.',
    ['§4.2'],
    ['metode-flat', 'metode-efektif', 'metode-anuitas', 'suku-efektif']
  ),
  'pinjaman/kebijakan': w(
    'Kebijakan pinjaman',
    'Urutan alokasi pembayaran, batas hari kolektibilitas dan persen PPAP, serta batas BMPP.',
    'Pengurus.',
    'TAHUNAN',
    'Saat kebijakan disahkan atau berubah.',
    'Pembayaran dibagi dengan urutan yang tidak disepakati; kolektibilitas dan PPAP tidak sesuai kebijakan koperasi.',
    ['§4.1', '§4.3', '§4.4'],
    ['urutan-pembayaran', 'kolektibilitas', 'bmpp']
  ),
  'pinjaman/detail': w(
    'Rincian pinjaman',
    'Jadwal, pembayaran, sisa pokok, tunggakan dan pelunasan satu pinjaman.',
    'Bendahara.',
    'SESUAI_KEBUTUHAN',
    'Saat menerima angsuran atau pelunasan.',
    'Pelunasan yang dihitung salah merugikan anggota atau koperasi.',
    ['§4.3'],
    ['pelunasan-dipercepat', 'urutan-pembayaran']
  ),

  'unit-usaha': w(
    'Unit usaha',
    'Gerai sembako, apotek, klinik dan layanan lain: barang, pembelian, penjualan, stok dan hasil per unit.',
    'Pengelola unit dan kasir; bendahara memeriksa.',
    'HARIAN',
    'Setiap pembelian dan penjualan.',
    'Penjualan tanpa HPP membuat laba kotor salah; belanja anggota yang tidak dicatat tidak menambah jasa usahanya.',
    ['§1.4', '§2.6', '§5.4'],
    ['unit-usaha', 'hpp', 'persediaan']
  ),
  'unit-usaha/penjualan': w(
    'Penjualan',
    'Mencatat penjualan tunai atau bon, kepada anggota atau bukan anggota.',
    'Kasir gerai.',
    'HARIAN',
    'Setiap penjualan.',
    'Penjualan kepada anggota yang dicatat sebagai non-anggota mengurangi jasa usaha anggota itu.',
    ['§5.2', '§5.4'],
    ['pihak-anggota', 'partisipasi', 'piutang-usaha']
  ),
  'unit-usaha/pembelian': w(
    'Pembelian',
    'Mencatat pembelian barang dari pemasok, tunai atau tempo, dan menambah stok.',
    'Pengelola unit.',
    'MINGGUAN',
    'Setiap barang datang.',
    'Harga pokok rata-rata salah sehingga HPP dan laba kotor salah; utang ke pemasok tidak terlihat.',
    ['§2.1', '§2.2'],
    ['rata-rata-bergerak', 'utang-usaha']
  ),
  'unit-usaha/retur': w(
    'Retur',
    'Mencatat barang yang dikembalikan pembeli atau dikembalikan ke pemasok, selalu merujuk struk/nota asalnya.',
    'Kasir gerai dan pengelola unit.',
    'SESUAI_KEBUTUHAN',
    'Saat barang dikembalikan.',
    'Stok dan HPP tetap seolah barang terjual; bon anggota, utang pemasok dan jasa usaha anggota tidak berkurang.',
    ['§2.4', '§5.2'],
    ['hpp', 'pihak-anggota', 'piutang-usaha', 'utang-usaha']
  ),
  'unit-usaha/stok-awal': w(
    'Stok awal',
    'Merinci persediaan awal per barang (jumlah dan harga pokok) saat pembukuan atau unit mulai.',
    'Bendahara bersama pengelola unit.',
    'SEKALI',
    'Saat mulai memakai Lumbung atau unit baru buka.',
    'Kartu stok kosong padahal neraca punya persediaan; HPP penjualan pertama salah dan persediaan tidak cocok dengan buku besar.',
    ['§2.1'],
    ['persediaan', 'rata-rata-bergerak', 'hpp']
  ),
  'unit-usaha/opname': w(
    'Stock opname',
    'Mencocokkan stok yang dihitung dengan catatan dan membukukan selisihnya.',
    'Pengelola unit, disaksikan pengawas.',
    'BULANAN',
    'Akhir bulan atau akhir tahun.',
    'Barang hilang atau rusak tidak ketahuan; persediaan di neraca lebih besar dari kenyataan.',
    ['§2.5', '§6.1'],
    ['stock-opname']
  ),

  kas: w(
    'Kas & aset',
    'Buku kas dengan bukti bernomor, saldo awal, aset tetap dengan penyusutannya, dan jurnal berulang.',
    'Bendahara.',
    'HARIAN',
    'Setiap uang masuk atau keluar di luar simpanan dan pinjaman.',
    'Pengeluaran tanpa bukti tidak dapat dipertanggungjawabkan; saldo kas tidak cocok dengan uang di laci.',
    ['§1.5', '§2.6'],
    ['buku-kas', 'kas-opname']
  ),
  'kas/saldo-awal': w(
    'Saldo awal',
    'Memasukkan saldo akun pada hari pertama Lumbung dipakai, dari buku lama.',
    'Bendahara.',
    'SEKALI',
    'Saat mulai memakai Lumbung.',
    'Tanpa saldo awal, neraca hanya memuat transaksi baru dan tidak menunjukkan keadaan koperasi sebenarnya.',
    ['§9.8'],
    ['neraca', 'aset']
  ),
  'kas/aset': w(
    'Aset tetap dan penyusutan',
    'Daftar aset tetap dan penyusutan bulanannya.',
    'Bendahara.',
    'BULANAN',
    'Akhir bulan, sebelum tutup bulan.',
    'Penyusutan yang tidak dibukukan membuat beban terlalu kecil dan SHU terlalu besar; salah satu kesalahan laporan koperasi yang paling sering.',
    ['§2.5', '§9.8'],
    ['penyusutan', 'aset-tetap']
  ),
  'kas/berulang': w(
    'Jurnal berulang',
    'Jurnal yang sama setiap bulan (gaji, sewa, listrik) dibuat sekali lalu dipakai lagi.',
    'Bendahara.',
    'BULANAN',
    'Saat beban rutin dibayar.',
    'Beban rutin yang lupa dicatat membuat laporan bulan itu tidak lengkap.',
    ['§2.6'],
    ['jurnal']
  ),

  jurnal: w(
    'Jurnal',
    'Mencatat kejadian keuangan yang tidak punya layar sendiri, melihat semua jurnal, dan buku besar per akun.',
    'Bendahara.',
    'SESUAI_KEBUTUHAN',
    'Saat ada transaksi di luar layar lain, atau saat memeriksa.',
    'Transaksi yang tidak dijurnal tidak muncul di laporan; kesalahan yang dihapus (bukan dibalik) menghilangkan jejak.',
    ['§2.6', '§9.8'],
    ['jurnal', 'debit-kredit', 'pembalikan']
  ),
  'jurnal/catat': w(
    'Catat jurnal',
    'Mencatat satu jurnal seimbang dengan akun, unit usaha dan keterangan anggota/non-anggota.',
    'Bendahara.',
    'SESUAI_KEBUTUHAN',
    'Saat transaksi terjadi.',
    'Jurnal tanpa unit usaha atau pihak membuat hasil per unit dan pembagian SHU anggota/non-anggota salah.',
    ['§2', '§5.2'],
    ['jurnal', 'unit-usaha', 'pihak-anggota']
  ),
  'jurnal/buku-besar': w(
    'Buku besar',
    'Semua baris satu akun dengan saldo berjalan.',
    'Bendahara; pengawas memeriksa.',
    'BULANAN',
    'Saat mencocokkan saldo akhir bulan.',
    'Selisih saldo (misalnya kas atau bank) tidak ditelusuri sampai ke transaksinya.',
    ['§1.5'],
    ['buku-besar']
  ),

  laporan: w(
    'Laporan',
    'Laporan keuangan SAK EP: posisi keuangan, hasil usaha, perubahan ekuitas, arus kas, CALK, serta neraca saldo dan kesehatan koperasi.',
    'Bendahara menyusun; pengurus menandatangani; pengawas memeriksa.',
    'BULANAN',
    'Akhir bulan, triwulan (KSP/USP) dan akhir tahun.',
    'Tanpa laporan tidak ada pertanggungjawaban di RAT; KSP/USP juga wajib membuat laporan triwulanan dan semesteran.',
    ['§1.2'],
    ['sak-ep', 'neraca', 'laporan-hasil-usaha']
  ),
  'laporan/neraca-saldo': w(
    'Neraca saldo',
    'Saldo semua akun pada satu tanggal: jumlah debit harus sama dengan jumlah kredit.',
    'Bendahara.',
    'BULANAN',
    'Akhir bulan.',
    'Saldo yang janggal (kas minus, akun kontrol tidak cocok) baru ketahuan saat menyusun laporan tahunan.',
    ['§2'],
    ['neraca-saldo']
  ),
  'laporan/posisi-keuangan': w(
    'Posisi keuangan',
    'Neraca: aset, liabilitas dan ekuitas pada satu tanggal, dengan pembanding tahun lalu.',
    'Bendahara; ditandatangani pengurus.',
    'BULANAN',
    'Akhir bulan dan akhir tahun.',
    'Pengurus tidak tahu apakah koperasi mampu mengembalikan simpanan sukarela dan membayar utangnya.',
    ['§1.2'],
    ['neraca', 'aset', 'liabilitas', 'ekuitas']
  ),
  'laporan/hasil-usaha': w(
    'Hasil usaha',
    'Pendapatan, HPP, beban dan SHU, per unit usaha dan menurut anggota/non-anggota.',
    'Bendahara; ditandatangani pengurus.',
    'BULANAN',
    'Akhir bulan dan akhir tahun.',
    'Unit yang merugi tidak ketahuan; SHU yang diumumkan di RAT tidak dapat dijelaskan.',
    ['§1.2', '§5.2'],
    ['laporan-hasil-usaha', 'shu']
  ),
  'laporan/perubahan-ekuitas': w(
    'Perubahan ekuitas',
    'Mengapa modal bertambah atau berkurang selama periode.',
    'Bendahara.',
    'TAHUNAN',
    'Akhir tahun.',
    'Laporan ini sering tidak dibuat; laporan keuangan menjadi tidak lengkap menurut SAK EP.',
    ['§1.2', '§9.8'],
    ['perubahan-ekuitas']
  ),
  'laporan/arus-kas': w(
    'Arus kas',
    'Penerimaan dan pengeluaran kas menurut kegiatan operasi, investasi dan pendanaan (metode langsung).',
    'Bendahara.',
    'TAHUNAN',
    'Akhir tahun, atau bila kas menipis.',
    'Koperasi bisa untung tetapi kehabisan uang tunai tanpa menyadarinya.',
    ['§1.2'],
    ['arus-kas']
  ),
  'laporan/calk': w(
    'CALK',
    'Catatan atas laporan keuangan: kebijakan akuntansi dan rincian angka.',
    'Bendahara.',
    'TAHUNAN',
    'Akhir tahun, untuk buku RAT.',
    'Laporan tanpa CALK tidak lengkap; pembaca tidak tahu dasar angka-angkanya.',
    ['§1.2', '§6.1'],
    ['calk']
  ),
  'laporan/periodik': w(
    'Laporan triwulanan dan semesteran',
    'Posisi keuangan, hasil usaha dan arus kas satu triwulan atau semester, dicetak sekaligus.',
    'Bendahara; ditandatangani pengurus.',
    'TRIWULANAN',
    'Awal bulan sesudah triwulan atau semester berakhir.',
    'KSP/USP wajib membuat laporan berkala; tanpa itu pengurus dan Dinas baru melihat masalah setahun sekali.',
    ['§1.2'],
    ['laporan-hasil-usaha', 'arus-kas']
  ),
  'laporan/kesehatan': w(
    'Kesehatan koperasi',
    'Menilai kesehatan USP menurut Juknis 2021 dari rasio buku dan daftar periksa tata kelola.',
    'Pengurus dan pengawas.',
    'TAHUNAN',
    'Sesudah tutup buku, sebelum laporan ke Dinas.',
    'Predikat "tidak dapat dinilai" di laporan Dinas; masalah tata kelola tidak diperbaiki.',
    ['§8.1'],
    ['kesehatan-koperasi', 'prinsip-koperasi', 'npl']
  ),

  rat: w(
    'RAT',
    'Tutup buku tahunan, pembagian SHU, susunan pengurus, rapat anggota tahunan dan buku laporannya.',
    'Pengurus; pengawas memeriksa.',
    'TAHUNAN',
    'Januari sampai paling lambat 30 Juni.',
    'Tanpa RAT paling lambat 6 bulan setelah tahun buku, pengurus belum dibebaskan dari tanggung jawab dan sertifikat NIK koperasi tidak diberikan.',
    ['§1.3', '§6.1'],
    ['rat', 'laporan-tahunan']
  ),
  'rat/tutup-buku': w(
    'Tutup buku tahunan',
    'Memindahkan pendapatan dan beban ke SHU, menghitung pajak, dan mengunci tahun buku.',
    'Bendahara, disetujui ketua.',
    'TAHUNAN',
    'Awal tahun, sesudah semua transaksi 31 Desember lengkap.',
    'SHU tidak dapat dibagi; laporan tahunan tidak siap 1 bulan sebelum RAT.',
    ['§9.3', '§1.3'],
    ['tutup-buku', 'shu-belum-dibagi']
  ),
  'rat/shu': w(
    'SHU',
    'Menghitung pembagian SHU per anggota (JMA dan JUA), membukukannya setelah RAT, dan membayarkannya.',
    'Bendahara; persentase dari AD, pengesahan oleh RAT.',
    'TAHUNAN',
    'Sebelum RAT (usulan) dan pada hari RAT (pembukuan).',
    'SHU yang dibagi dengan rumus lain dari AD menimbulkan sengketa; pembagian yang tidak dijelaskan merusak kepercayaan anggota.',
    ['§5.3', '§5.4', '§5.5'],
    ['shu', 'jma', 'jua', 'pembagian-shu']
  ),
  'rat/organisasi': w(
    'Pengurus & karyawan',
    'Susunan pengurus, pengawas dan karyawan dengan masa jabatannya.',
    'Sekretaris.',
    'SESUAI_KEBUTUHAN',
    'Setelah pemilihan dan saat ada pergantian.',
    'Laporan Dinas dan buku RAT memuat nama yang salah; masa jabatan yang habis tidak diingatkan.',
    ['§6.1', '§7.1', '§1.4'],
    ['pengurus', 'pengawas']
  ),
  'rat/rapat': w(
    'Rapat anggota',
    'Tanggal, tempat, daftar hadir dan kuorum RAT, keputusan-keputusannya dan RAPB tahun depan.',
    'Sekretaris.',
    'TAHUNAN',
    'Sebelum, selama dan sesudah RAT.',
    'Tanpa daftar hadir kuorum tidak terbukti; keputusan RAT tidak tercatat untuk dilaporkan ke Dinas.',
    ['§1.3', '§6.2'],
    ['kuorum', 'daftar-hadir', 'rapb']
  ),
  'rat/buku-rat': w(
    'Buku RAT',
    'Menyusun buku laporan pertanggungjawaban pengurus dan pengawas dalam satu PDF.',
    'Pengurus, dengan laporan pengawas.',
    'TAHUNAN',
    'Paling lambat 1 bulan sebelum RAT.',
    'Laporan tahunan yang tidak siap 1 bulan sebelum RAT melanggar Pasal 35; anggota tidak dapat mempelajarinya.',
    ['§6.1', '§1.3'],
    ['buku-rat', 'laporan-tahunan']
  ),

  dinas: w(
    'Laporan Dinas',
    'Angka tahunan untuk Dinas Koperasi/ODS/SIMKOPDES dihitung dari buku, diekspor ke XLSX, CSV atau PDF.',
    'Bendahara atau sekretaris.',
    'TAHUNAN',
    'Paling lambat 1 bulan setelah RAT.',
    'Tanpa laporan RAT dua tahun berturut-turut, sanksinya sampai pembubaran; sertifikat NIK koperasi tidak diperbarui.',
    ['§1.3', '§7.1'],
    ['laporan-dinas', 'ods', 'nik-koperasi']
  ),
  'dinas/rekap': w(
    'Rekap Dinas',
    'Untuk petugas Dinas: menggabungkan laporan banyak koperasi.',
    'Petugas Dinas Koperasi.',
    'TAHUNAN',
    'Setelah laporan koperasi masuk.',
    'Dinas tidak tahu koperasi mana yang belum ber-RAT atau belum melapor.',
    ['§7.1', '§9.7'],
    ['laporan-dinas']
  ),

  'dinas/triwulan': w(
    'Pemantauan triwulanan',
    'Angka triwulan untuk Dinas (anggota, aset, modal, simpanan, pinjaman, volume usaha, SHU) dihitung dari buku dan dikirim sebagai berkas.',
    'Bendahara.',
    'TRIWULANAN',
    'Awal bulan sesudah triwulan berakhir.',
    'Dinas tidak dapat memantau koperasi sepanjang tahun; masalah baru terlihat saat laporan tahunan.',
    ['§1.2', '§7.1'],
    ['laporan-dinas']
  ),
  'dinas/rekap-triwulan': w(
    'Rekap triwulanan',
    'Untuk petugas Dinas: membandingkan angka triwulan banyak koperasi dari triwulan ke triwulan.',
    'Petugas Dinas Koperasi.',
    'TRIWULANAN',
    'Setelah berkas triwulan koperasi masuk.',
    'Koperasi yang asetnya menyusut atau pinjaman bermasalahnya naik baru ketahuan setahun kemudian.',
    ['§1.2', '§7.1'],
    ['laporan-dinas']
  ),

  pengaturan: w(
    'Pengaturan',
    'Profil koperasi, bagan akun, unit usaha, periode, pengguna, cadangan, jejak audit dan pemeriksaan buku.',
    'Bendahara.',
    'SESUAI_KEBUTUHAN',
    'Saat mulai, lalu bila ada perubahan.',
    'Profil yang tidak lengkap membuat laporan Dinas dan buku RAT kosong; buku tanpa cadangan bisa hilang bersama laptopnya.',
    ['§1.5', '§9.8'],
    ['akun', 'periode-terkunci']
  ),
  'pengaturan/periode': w(
    'Periode',
    'Mengunci bulan yang sudah selesai, dan membukanya kembali dengan alasan.',
    'Bendahara; ketua untuk membuka kembali.',
    'BULANAN',
    'Awal bulan, untuk bulan sebelumnya.',
    'Catatan bulan lalu dapat berubah diam-diam; laporan yang sudah dibagikan tidak lagi cocok.',
    ['§9.3'],
    ['periode-terkunci']
  ),
  'pengaturan/cadangan': w(
    'Cadangan',
    'Salinan buku otomatis dan ke flashdisk, serta pemulihan.',
    'Bendahara.',
    'MINGGUAN',
    'Setiap minggu ke flashdisk; otomatis saat bekerja.',
    'Laptop rusak atau hilang berarti seluruh catatan koperasi hilang; serah terima pengurus menjadi putus.',
    ['§9.8'],
    ['buku-besar']
  ),
  'pengaturan/audit': w(
    'Jejak audit',
    'Siapa mengubah apa dan kapan; rantai yang tidak dapat diubah diam-diam.',
    'Pengawas.',
    'TAHUNAN',
    'Saat pemeriksaan pengawas.',
    'Perubahan diam-diam pada buku tidak ketahuan.',
    ['§9.8'],
    ['pengawas', 'pembalikan']
  ),
  'pengaturan/kesehatan': w(
    'Penilaian kesehatan',
    'Bobot aspek, batas predikat dan pita nilai rasio yang dipakai kertas kerja kesehatan, disesuaikan dengan pedoman Dinas setempat.',
    'Bendahara bersama pengawas; petugas Dinas bila memakai pedoman sendiri.',
    'TAHUNAN',
    'Sebelum menyusun penilaian kesehatan tahunan.',
    'Kertas kerja memakai bobot bawaan yang berbeda dengan pedoman Dinas, sehingga predikat koperasi tidak sama dengan hasil pemeriksaan Dinas.',
    ['§8.1', '§8.2'],
    ['kesehatan-koperasi']
  ),
  'pengaturan/pemeriksaan': w(
    'Pemeriksaan buku',
    'Memeriksa bahwa setiap jurnal seimbang, akun kontrol cocok, dan buku utuh.',
    'Bendahara; pengawas.',
    'BULANAN',
    'Sebelum tutup bulan dan sebelum RAT.',
    'Selisih kecil menumpuk dan baru ketahuan saat audit.',
    ['§9.8'],
    ['akun-kontrol']
  ),

  panduan: w(
    'Panduan',
    'Glosarium istilah koperasi, tes pemahaman, Lembar Anggota, kalender kewajiban dan langkah bulan pertama.',
    'Pengurus, pengawas dan anggota.',
    'SESUAI_KEBUTUHAN',
    'Saat belajar, menjelang RAT, atau saat ragu tentang sebuah istilah.',
    'Pengurus dan anggota yang tidak memahami cara kerja koperasi sulit mengawasi dan mudah salah paham tentang SHU dan simpanan.',
    ['§8.1'],
    ['prinsip-koperasi', 'tes-pemahaman']
  ),
  'panduan/glosarium': w(
    'Glosarium',
    'Arti setiap istilah koperasi yang dipakai Lumbung, aturannya, dasar hukumnya dan contoh dalam rupiah. Tekan F1 atau Ctrl+K di mana saja.',
    'Siapa saja.',
    'SESUAI_KEBUTUHAN',
    'Saat menemui istilah yang belum jelas.',
    'Istilah yang disalahpahami (misalnya simpanan wajib dianggap bisa diambil) menimbulkan sengketa dengan anggota.',
    ['§0'],
    ['simpanan-wajib', 'shu']
  ),
  'panduan/tes': w(
    'Tes pemahaman',
    'Soal pilihan ganda untuk pengurus, pengawas dan anggota, sebagian memakai angka koperasi sendiri; hasilnya disimpan dan dapat dicetak.',
    'Pengurus, pengawas, anggota; dicatat oleh bendahara.',
    'TAHUNAN',
    'Sesudah pemilihan pengurus, dan menjelang RAT.',
    'Pendidikan perkoperasian termasuk prinsip koperasi yang dinilai dalam pemeriksaan kesehatan; tanpa bukti pelatihan nilainya kurang.',
    ['§8.1', '§6.1'],
    ['tes-pemahaman', 'prinsip-koperasi']
  ),
  'panduan/lembar-anggota': w(
    'Lembar Anggota',
    'Satu halaman per anggota tentang tahunnya: simpanan, pinjaman, SHU dengan penjelasan, hak dan kewajiban. Dibagikan saat RAT.',
    'Bendahara.',
    'TAHUNAN',
    'Menjelang RAT, sesudah tutup buku.',
    'Anggota tidak tahu dari mana SHU-nya dan tidak dapat memeriksa simpanannya sendiri.',
    ['§5.4', '§6.1'],
    ['lembar-anggota', 'jma', 'jua']
  ),
  'panduan/kalender': w(
    'Kalender kewajiban',
    'Semua kewajiban koperasi sepanjang tahun dengan tanggalnya: tagihan wajib, jasa dan PPh, penyusutan, tutup bulan dan tahun, RAT, laporan Dinas, masa jabatan pengurus.',
    'Bendahara dan ketua.',
    'BULANAN',
    'Awal setiap bulan.',
    'Batas waktu RAT (30 Juni) dan laporan Dinas (1 bulan setelah RAT) terlewat; pekerjaan akhir bulan menumpuk.',
    ['§1.3', '§3.2', '§3.3', '§9.3'],
    ['rat', 'laporan-dinas', 'periode-terkunci']
  ),
  'panduan/langkah-awal': w(
    'Langkah bulan pertama',
    'Daftar langkah agar bulan pertama di Lumbung benar, dicentang otomatis dari isi buku.',
    'Bendahara.',
    'SEKALI',
    'Bulan pertama setelah penyiapan buku.',
    'Buku yang dimulai tanpa saldo awal, pengaturan simpanan atau susunan pengurus menghasilkan laporan yang salah sejak awal.',
    ['§9.8', '§3.1'],
    ['simpanan-pokok', 'pengurus']
  )
}

/** The text for a route: the sub-page's own when it has one, else the screen's. */
export function whyTextFor(screen: string, sub?: string): WhyText | null {
  return (sub ? WHY_TEXTS[`${screen}/${sub}`] : undefined) ?? WHY_TEXTS[screen] ?? null
}
