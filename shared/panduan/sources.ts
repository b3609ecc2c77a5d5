// Generated from docs/DOMAIN.md (the source tables at the end of each section), then kept
// by hand: the key each rule cites, what it points to, and the section whose table lists it.

export interface DomainSource {
  ref: string
  section: string
}

export const DOMAIN_SOURCES = {
  'ddtc-p2': {
    ref: 'https://perpajakan.ddtc.co.id/sumber-hukum/peraturan-pusat/peraturan-menteri-koperasi-dan-usaha-kecil-dan-menengah-2-tahun-2024',
    section: '§1'
  },
  'ddtc-news': {
    ref: 'https://news.ddtc.co.id/peraturan-baru-kebijakan-akuntansi-koperasi-baca-di-sini-1801567',
    section: '§1'
  },
  'ddtc-level': {
    ref: 'https://news.ddtc.co.id/berita/nasional/1802194/level-sak-yang-dipakai-koperasi-simpan-pinjam-tidak-boleh-turun',
    section: '§1'
  },
  'ddtc-audit': {
    ref: 'https://news.ddtc.co.id/berita/nasional/1801908/kapan-koperasi-wajib-diaudit-apkap-yang-terdaftar-di-kemenkop-ukm',
    section: '§1'
  },
  'ddtc-bahasa': {
    ref: 'https://news.ddtc.co.id/berita/nasional/1801948/laporan-keuangan-koperasi-wajib-disusun-pakai-bahasa-dan-mata-uang-ini',
    section: '§1'
  },
  'ddtc-periodik': {
    ref: 'https://news.ddtc.co.id/berita/nasional/1802842/laporan-keuangan-koperasi-ada-tahunan-dan-periodik',
    section: '§1'
  },
  'ddtc-lampiran': {
    ref: 'https://news-lite.ddtc.co.id/begini-kebijakan-akuntansi-koperasi-simpan-pinjam-berdasarkan-sak-ep-1802464',
    section: '§1'
  },
  'diskop-kalbar': {
    ref: 'https://diskopukm.kalbarprov.go.id/berita/tips-menyusun-laporan-keuangan-ksp-dan-usp-koperasi-berdasarkan-sak-indonesia-untuk-entitas-privat',
    section: '§1'
  },
  koperasisah: { ref: 'https://koperasisah.com/penerapan-standar-akuntansi-baru-untuk-koperasi', section: '§1' },
  updates: {
    ref: 'https://updates.co.id/permen-kopukm-no-2-tahun-2024-tentang-kebijakan-akuntansi-koperasi-mewajibkan-koperasi-di-audit-akuntan-publik',
    section: '§1'
  },
  gustani: { ref: 'https://gustani.id/2024/03/kebijakan-akuntansi-koperasi.html', section: '§1' },
  'se6-2023': {
    ref: 'https://id.scribd.com/document/667746442/SE-NO-6-Tahun-2023-Pemberlakuan-PerMenkop-dan-UKM-Nomor-8-Tahun-2023-Tentang-Usaha-Simpan-Pinjam-Oleh-Koperasi',
    section: '§1'
  },
  'ddtc-bmpp': {
    ref: 'https://news-lite.ddtc.co.id/ini-aturan-batas-maksimum-pemberian-pinjaman-koperasi-simpan-pinjam-1802423',
    section: '§1'
  },
  'datago-rat': {
    ref: 'https://fe-demo.data.go.id/dataset/rapat-anggota-tahunan-rat-koperasi (quotes UU 25/1992, Permenkop 9/2018, Permenkop 19/2015)',
    section: '§1'
  },
  'ppkl-19-2015': { ref: 'https://ppklkemenkop.id/index.php?rute=post&term=detail&pos=76', section: '§1' },
  'sosialisasi-rat': { ref: 'https://id.scribd.com/presentation/429655392/Sosialisasi-RAT', section: '§1' },
  'pusbimtek-p35': { ref: 'https://pusbimtekpalira.com/?p=10790', section: '§1' },
  'idntimes-denpasar': {
    ref: 'https://bali.idntimes.com/news/business/koperasi-di-denpasar-belum-melaksanakan-rat-00-74zlf-zc1nq2/amp',
    section: '§1'
  },
  beritajakarta: {
    ref: 'https://m.beritajakarta.id/en/read/59863/ppkukm-holds-monitoring-and-evaluation-of-cooperatives-annual-meetings',
    section: '§1'
  },
  kotim: {
    ref: 'https://sampit.prokal.co/read/news/27401-banyak-koperasi-di-kotim-belum-punya-nik.html',
    section: '§1'
  },
  'gaharu-ad': { ref: 'http://koperasigaharuende.blogspot.com/2015/07/bab-v-ad-ksu-gaharu-ende.html', section: '§1' },
  'kopani-ad': { ref: 'http://www.chaptoen.com/kopani85/?p=101', section: '§1' },
  'slideplayer-koperasi': { ref: 'https://slideplayer.info/amp/2818830', section: '§1' },
  'djp-article': { ref: 'https://pajak.go.id/id/artikel/pajak-penghasilan-operasi-koperasi', section: '§1' },
  lexmundus: {
    ref: 'https://lexmundus.com/articles/berapa-minimal-orang-untuk-mendirikan-koperasi-simak-penjelasan-berikut',
    section: '§1'
  },
  'bisnis-inpres': {
    ref: 'https://ekonomi.bisnis-cdn.com/read/20250410/12/1868251/prabowo-teken-inpres-kopdes-merah-putih-koperasi-didanai-apbn-dan-apbd',
    section: '§1'
  },
  wantimpres: {
    ref: 'https://wantimpres.go.id/id/2025/04/presiden-ri-menerbitkan-inpres-nomor-9-tahun-2025-tentang-percepatan-pembentukan-koperasi-desa-kelurahan-merah-putih',
    section: '§1'
  },
  radarjabar: {
    ref: 'https://radarjabar.disway.id/amp/693580/kemenkop-optimalisasi-simkopdes-data-terintegrasi-dan-efisiensi-kopdes-merah-putih',
    section: '§1'
  },
  mevin: { ref: 'https://mevin.id/ini-tata-cara-pembentukan-koperasi-desa-merah-putih-2/', section: '§1' },
  desamerdeka: {
    ref: 'https://desamerdeka.id/aturan-main-kopdes-merah-putih-resmi-dijabarkan-melalui-surat-edaran-nomor-1-tahun-2025/',
    section: '§1'
  },
  'juklak-kdmp': {
    ref: 'scribd "JUKNIS KOPDES 2025" (Petunjuk Pelaksanaan Menkop No. 01/2025), mirrored at https://malausma.desa.id/artikel/2025/5/17/juklak-pembentukan-koperasi-desa-merah-putih',
    section: '§1'
  },
  infokop: { ref: 'https://www.infokopasterkini.online/2025/04/pembentukan-kopdes-merah-putih.html', section: '§1' },
  curup: {
    ref: 'https://curupekspress.bacakoran.co/read/19067/jenis-dan-besaran-simpanan-koperasi-merah-putih-ini-panduan-lengkap-untuk-calon-anggota',
    section: '§1'
  },
  'elkopra-simpanan': { ref: 'https://elkopra.com/simpanan-koperasi-merah-putih', section: '§1' },
  'detik-anggota': {
    ref: 'https://www.detik.com/bali/berita/d-8222744/kemenkop-minta-semua-warga-jadi-anggota-kopdes-merah-putih',
    section: '§1'
  },
  radarkepahiang: {
    ref: 'https://radarkepahiang.bacakoran.co/amp/22996/nilai-simpan-pokok-wajib-kopdes-merah-putih-jangan-memberatkan',
    section: '§1'
  },
  timesjatim: {
    ref: 'https://jatim.times.co.id/news/ekonomi/hYYL3Y8C6/Simpanan-Wajib-Koperasi-Merah-Putih-di-Candirenggo-Singosari-Malang-Hanya-Rp2000',
    section: '§1'
  },
  'updesa-tagihan': {
    ref: 'https://seruit.updesa.com/artikel/2026/1/12/cara-membuat-mengelola-tagihan-simpanan-di-simkopdes',
    section: '§1'
  },
  radarnesia: { ref: 'https://radarnesia.com/wamenkop-kopdes-merah-putih-bukan-sekadar-simpan-pinjam', section: '§1' },
  desasmart: { ref: 'https://desasmart.id/koperasi-desa-merah-putih', section: '§1' },
  labuhanbatu: {
    ref: 'https://labuhanbatu.com/2025/09/18/koperasi-desa-merah-putih-visi-manfaat-dan-tantangan',
    section: '§1'
  },
  'elkopra-buku': { ref: 'https://elkopra.com/format-buku-anggota-koperasi', section: '§1' },
  'github buku-data.ts': {
    ref: 'public GitHub code, lib/buku-data.ts ("Data untuk semua 16 buku"), found in public code',
    section: '§1'
  },
  'nurul-hikmah-ad': { ref: 'https://id.scribd.com/document/683241042/AD-ART-KOPERASI-NURUL-HIKMAH', section: '§1' },
  'ilovetranslation-ad': { ref: 'https://zhcnt66.ilovetranslation.com/neNYtAr0g5l=d', section: '§1' },
  'pdfcoffee-keanggotaan': {
    ref: 'https://pdfcoffee.com/manajemen-keanggotaan-koperasi-5-pdf-free.html',
    section: '§1'
  },
  '123dok-p41': {
    ref: 'https://text-id.123dok.com/document/myjmnl52y-prinsip-koperasi-deskripsi-teori-1-koperasi-secara-umum.html',
    section: '§1'
  },
  'permen10-2016': {
    ref: 'https://id.scribd.com/document/346241427/Permen-10-Tahun-2016-Tentang-Pendataan-Koperasi-Usaha-Kecil-Dan-Menengah',
    section: '§1'
  },
  'bps-sirusa': { ref: 'https://sirusa.web.bps.go.id/metadata/variabel/289611', section: '§1' },
  'yudhi-juknis': {
    ref: 'https://id.scribd.com/document/680019698/1-Pemeriksaan-kesehatan-koperasi-Yudhi-N-BLITAR-24-OKTOBER-2023',
    section: '§1'
  },
  'citasco-pp15': {
    ref: 'https://www.citasco.com/regulation/pajak-penghasilan-atas-bunga-simpanan-yang-dibayarkan-oleh-koperasi-kepada-anggota-koperasi-orang-pribadi/',
    section: '§1'
  },
  'djp-shu': {
    ref: 'https://pajak.go.id/id/berita/suluh-koperasi-madya-dua-bandung-shu-bukan-objek-pajak',
    section: '§1'
  },
  'psak27-blog': {
    ref: 'https://mastoroblogs.blogspot.com/2015/03/pengertian-simpanan-pokok-dan-simpanan.html',
    section: '§3'
  },
  ervansusanto: { ref: 'http://ervansusanto.blogspot.com/ (jenis simpanan)', section: '§3' },
  'kopkar-jim': {
    ref: 'https://github.com/masqomar/jim-latest resources/views/rat/ratPdf.blade.php (pokok Rp20.000, wajib Rp30.000/bulan, sukarela bebas)',
    section: '§3'
  },
  'ddtc-himpun': {
    ref: 'https://news-lite.ddtc.co.id/begini-aturan-penghimpunan-dan-penyaluran-dana-koperasi-simpan-pinjam-1802384',
    section: '§3'
  },
  abangmantek: { ref: 'https://e-abangmantek.com/?page_id=813', section: '§4' },
  'poljak-swastisari': {
    ref: 'https://id.scribd.com/document/678290671/Poljak-Administrasi-Keterlambatan-Angsuran',
    section: '§4'
  },
  pincuranbonjo: { ref: 'https://www.pincuranbonjo.com/pinjaman-bermasalah/', section: '§4' },
  '123dok-cu': {
    ref: 'https://text-id.123dok.com/document/1y90xddry-penelitian-terdahulu-landasan-teori.html',
    section: '§4'
  },
  'kertaskerja-setiadharma': {
    ref: 'https://html.pdfcookie.com/02/2020/01/11/g27oyjpdykv0/g27oyjpdykv0.html',
    section: '§4'
  },
  'flipbuilder-p77': { ref: 'http://online.flipbuilder.com/cesyn/nybz/files/basic-html/page77.html', section: '§4' },
  'pinjol-ppap': { ref: 'https://pinjol.blogspot.com/2017/07/cara-hitung-ppap-kredit-di-bpr.html', section: '§4' },
  mediabpr: { ref: 'https://bss.mediabpr.com/2011/04/perhitungan-ppap-kredit.html', section: '§4' },
  'rbtv-ojk': {
    ref: 'https://rbtv.disway.id/amp/100151/segini-batas-kredit-macet-menurut-ojk-ini-konsekuensinya/16',
    section: '§4'
  },
  'wiwi-shu': {
    ref: 'http://wiwiwahda0804.blogspot.com/2012/10/ekonomi-koperasi.html (Pasal 45 text; 40/40/5/5/5/5/5)',
    section: '§5'
  },
  mirnawati: { ref: 'http://mirnawatidewi18.blogspot.com/2012/11 (member vs non-member SHU)', section: '§5' },
  beritaharianku: { ref: 'https://beritaharianku.com/2900/... (formula example)', section: '§5' },
  'psak27-scribd': {
    ref: 'https://www.scribd.com/doc/53794311/PSAK-27-Revisi-98-Akuntansi-Perk-Operas-Ian',
    section: '§5'
  },
  'github shu allocations': {
    ref: 'public GitHub code found via index, several apps: e.g. "Cadangan 40, Jasa Anggota 25, Pengurus 5, Karyawan 5, Pendidikan 5, Sosial 10, PDK 10"; "cadangan umum 5, cadangan resiko 5, jasa modal 55, jasa transaksi 20 …"; member/non-member split "Dana Cadangan 60 %"',
    section: '§5'
  },
  'tawangsari-lpj': {
    ref: 'https://media.tawangsari.id/2026/02/03/laporan-pertanggungjawaban-pengurus-kopdes-merah-putih-instrumen-utama-transparansi-dalam-rat',
    section: '§6'
  },
  'tawangsari-rat': {
    ref: 'https://media.tawangsari.id/2026/01/25/dokumen-pelaksanaan-rat-kopdes-merah-putih-panduan-prosedur-dan-administrasi-lengkap',
    section: '§6'
  },
  'tawangsari-rapb': {
    ref: 'https://media.tawangsari.id/2025/11/21/materi-penyusunan-rk-rapb-koperasi',
    section: '§6'
  },
  'updesa-rat': { ref: 'https://updesa.com/rat-simkopdes', section: '§6' },
  'bimtek-sumbar': { ref: 'https://www.slideshare.net/bagiandata/bimtek-data-sumbar', section: '§7' },
  'github datakop': {
    ref: 'https://github.com/HarryDanan/landing-pageGian (edit_data.php: Nama Koperasi, Nomor Badan Hukum, Nomor/Tanggal Perubahan AD, Tanggal RAT Terakhir, Alamat, Kelurahan, Kecamatan, Kabupaten, Provinsi, Bentuk, Sektor Usaha, Ketua, Sekretaris, Bendahara, Pengawas, Manager, Jumlah Anggota Pria/Wanita, Total Anggota/Manager/Karyawan, NIK, Status NIK, Tanggal Berlaku Sertifikat, Status Grade A–E), plus an Angular client postdatakoperasi(...) with the same fields plus jenis_koperasi, kelompok_koperasi, hp/email_pengurus',
    section: '§7'
  },
  'github rekap': {
    ref: 'public PHP controller (public code) posting jumlah_koperasi(_aktif), jumlah_anggota_pria/wanita, jumlah_calon_anggota_pria/wanita, modal_sendiri, modal_pinjaman, modal_penyertaan, aset, simpanan_diterima, pinjaman_diberikan, volume_usaha, shu, yang_memiliki_ijin_usaha, jumlah_yg_telah_rat, sehat … tidak_dapat_dinilai, jumlah_karyawan_pria/wanita, jumlah_manager_pria/wanita',
    section: '§7'
  },
  '123dok-volume': {
    ref: 'https://text-id.123dok.com/document/ky69em37y-indikator-keberhasilan-usaha-keberhasilan-usaha-koperasi.html',
    section: '§7'
  },
  kamaldc: { ref: 'https://kamaldc.co.id/asset/', section: '§7' },
  desanu: { ref: 'https://desa.nu/2025/11/24/simkopdes-perkuat-digitalisasi-kopdes-merah-putih', section: '§7' },
  'xcloud-bisnis': {
    ref: 'https://xcloud.id/wamenkop-12-juta-warga-jadi-anggota-koperasi-desa-merah-putih',
    section: '§7'
  },
  harianjogja: { ref: 'https://jogjapolitan.harianjogja.com/read/2026/01/13/511/1242383/', section: '§7' },
  flipbuilder: {
    ref: 'http://online.flipbuilder.com/cesyn/nybz/files/basic-html/page56.html, page57.html, page77.html; http://online.flipbuilder.com/hasjo/gfsu/files/basic-html/page50.html; http://online.flipbuilder.com/fxhrv/scpv/files/basic-html/page42.html, page68.html',
    section: '§8'
  },
  'format-2022': {
    ref: 'https://id.scribd.com/document/594668399/FORMAT-PENILAIAN-KESEHATAN-2021-september',
    section: '§8'
  },
  'dinas-taput': {
    ref: 'http://dinaskoperasiukmtaput.blogspot.com/2017/10/penilaian-kesehatan-koperasi.html',
    section: '§8'
  },
  '123dok studies': {
    ref: 'https://123dok.com/id/docs/penilaian-tingkat-kesehatan-koperasi-pada-koperasi.12033376 ; https://fdokumen.com/documents/jurnal-akademi-akuntansi-vol-4-no-2-p-199-220.html',
    section: '§8'
  },
  'github Predikatkesehatanksp': { ref: 'public Laravel model in public code', section: '§8' },
  'balaka-issue': { ref: 'https://github.com/artivisi/balaka/issues/25', section: '§9' },
  indonesiabaik: { ref: 'https://www.indonesiabaik.id/infografis/cara-penulisan-rupiah-yang-benar', section: '§9' },
  edutorial: {
    ref: 'https://www.edutorial.id/penulisan-rupiah-yang-benar-sesuai-ejaan-bahasa-indonesia/',
    section: '§9'
  },
  'dukcapil-klaten': { ref: 'https://dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik', section: '§9' },
  cnn: {
    ref: 'https://www.cnnindonesia.com/edukasi/20250811152829-561-1261205/bukan-angka-acak-ini-arti-di-balik-16-digit-nik-ktp',
    section: '§9'
  },
  tribun: {
    ref: 'https://jakarta.tribunnews.com/2023/08/29/ternyata-begini-kode-penulisan-16-nik-pada-ktp-tanggal-lahir-perempuan-ditambah-40?page=all',
    section: '§9'
  },
  sumbarbisnis: { ref: 'https://www.sumbarbisnis.com/?p=52555', section: '§9' },
  beritajateng: { ref: 'https://beritajateng.tv/omzet-koperasi-merah-putih-rp48-juta-selama-15-bulan', section: '§9' },
  'antara-kospin': {
    ref: 'https://megapolitan.antaranews.com/berita/359577/kospin-pekalongan-bukukan-aset-rp67-triliun ; https://jateng.antaranews.com/amp/berita/201962/kospin-jasa-bukukan-aset-senilai-rp8-triliun',
    section: '§9'
  },
  'rakorda-ods': {
    ref: 'https://id.scribd.com/presentation/697196151/Paparan-Rakorda-Maluku-Tengah-ODS-2015-nEW',
    section: '§9'
  },
  accountingplus: { ref: 'https://accountingplus.id/?p=5475', section: '§9' },
  'accountingplus-shu': { ref: 'https://accountingplus.id/?p=5821', section: '§9' },
  'lkd-barokah': {
    ref: 'https://123dok.com/id/docs/implementasi-perancangan-sistem-simpan-pinjam-pada-lkd-barokah.11625071',
    section: '§9'
  },
  'untan-piutang': {
    ref: 'https://text-id.123dok.com/document/q2kdvdpq-analisis-perlakuan-akuntansi-piutang-pada-usaha-simpan-pinjam-pada-koperasi.html',
    section: '§9'
  },
  '123dok-cu-brayan': {
    ref: 'https://123dok.com/document/q26gmrpz-penerapan-pernyataan-standard-akuntansi-keuangan-koperasi-kredit-brayan.html',
    section: '§9'
  },
  'aksioma-issue': { ref: 'https://github.com/aksioma/aksioma_1.0/issues/9', section: '§9' }
} as const satisfies Record<string, DomainSource>

export type SourceKey = keyof typeof DOMAIN_SOURCES

/** The numbered sections of DOMAIN.md (its headings), which every citation names. */
export const DOMAIN_SECTIONS: readonly string[] = [
  '§0',
  '§1',
  '§1.1',
  '§1.2',
  '§1.3',
  '§1.4',
  '§1.5',
  '§2',
  '§2.1',
  '§2.2',
  '§2.3',
  '§2.4',
  '§2.5',
  '§2.6',
  '§3',
  '§3.1',
  '§3.2',
  '§3.3',
  '§3.4',
  '§4',
  '§4.1',
  '§4.2',
  '§4.3',
  '§4.4',
  '§5',
  '§5.1',
  '§5.2',
  '§5.3',
  '§5.4',
  '§5.5',
  '§5.6',
  '§6',
  '§6.1',
  '§6.2',
  '§6.3',
  '§6.4',
  '§7',
  '§7.1',
  '§7.2',
  '§8',
  '§8.1',
  '§8.2',
  '§9',
  '§9.1',
  '§9.2',
  '§9.3',
  '§9.4',
  '§9.5',
  '§9.6',
  '§9.7',
  '§9.8',
  '§10'
]

/** "§5.4, §5.5" → ['§5.4', '§5.5']. */
export function sectionsIn(basis: string): string[] {
  return basis
    .split(/\s*,\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
}
