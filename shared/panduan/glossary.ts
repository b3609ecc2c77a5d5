import type { SourceKey } from './sources'

/**
 * Glosarium: the cooperative's terms as the app uses them, each with a plain definition, the rule
 * and where it comes from (a section of docs/DOMAIN.md and the source keys that section
 * cites), and an example in rupiah. Written for a treasurer who never studied accounting.
 *
 * `status` follows DOMAIN.md: VERIFIED = the rule was found in the named sources; ASSUMED = common
 * practice or a design default (Lumbung keeps it as a setting that the cooperative can change);
 * STANDARD = a standard formula (DOMAIN.md §4.2: "the rules are standard"), checked there with
 * exact worked examples.
 */

export type GlossaryTopic =
  'organisasi' | 'rat' | 'kdkmp' | 'simpanan' | 'pinjaman' | 'shu' | 'pembukuan' | 'laporan' | 'pajak'

export const GLOSSARY_TOPIC_LABELS: Record<GlossaryTopic, string> = {
  organisasi: 'Organisasi dan tata kelola',
  rat: 'Rapat anggota (RAT)',
  kdkmp: 'Koperasi Desa/Kelurahan Merah Putih',
  simpanan: 'Simpanan',
  pinjaman: 'Pinjaman',
  shu: 'Sisa hasil usaha (SHU)',
  pembukuan: 'Pembukuan',
  laporan: 'Laporan keuangan dan laporan ke pemerintah',
  pajak: 'Pajak dan penulisan angka'
}

export type RuleStatus = 'VERIFIED' | 'ASSUMED' | 'STANDARD'

export interface GlossaryBasis {
  /** Sections of DOMAIN.md, e.g. '§3.1'. */
  sections: readonly string[]
  status: RuleStatus
  /** Source keys as DOMAIN.md cites them (see ./sources.ts); empty for a pure ASSUMED default. */
  sources: readonly SourceKey[]
  /** What is assumed, or a caveat, when there is one. */
  note?: string
}

export interface GlossaryEntryDef {
  id: string
  term: string
  /** Other names and abbreviations the search also finds. */
  aliases?: readonly string[]
  topic: GlossaryTopic
  definition: string
  rule: string
  basis: GlossaryBasis
  /** A worked example with rupiah amounts. */
  example: string
  related?: readonly string[]
}

const ENTRIES = [
  // ------------------------------------------------------------------ organisasi
  {
    id: 'koperasi',
    term: 'Koperasi',
    topic: 'organisasi',
    definition:
      'Badan usaha yang dimiliki dan dijalankan bersama oleh para anggotanya. Anggota menyetor simpanan, memakai layanan koperasi, dan ikut memutuskan dalam rapat anggota.',
    rule: 'Dasar hukumnya UU 25/1992 tentang Perkoperasian, terakhir diubah dengan UU 6/2023 (Cipta Kerja). Undang-undang ini mengatur anggota, rapat anggota, modal (Pasal 41), SHU (Pasal 45) dan laporan tahunan (Pasal 35–36).',
    basis: { sections: ['§1.1'], status: 'VERIFIED', sources: ['ddtc-p2'] },
    example:
      'Seratus warga masing-masing menyetor simpanan pokok Rp50.000: koperasi memulai dengan modal anggota Rp5.000.000 yang dimiliki bersama.',
    related: ['anggota', 'simpanan-pokok', 'rat']
  },
  {
    id: 'koperasi-primer',
    term: 'Koperasi primer',
    topic: 'organisasi',
    definition: 'Koperasi yang anggotanya orang-perorangan (warga), bukan koperasi lain.',
    rule: 'Koperasi primer didirikan paling sedikit oleh 9 orang (sebelum UU Cipta Kerja/UU 6/2023: 20 orang). Dalam rapat anggota koperasi primer, suara tidak boleh diwakilkan.',
    basis: { sections: ['§1.3'], status: 'VERIFIED', sources: ['djp-article', 'lexmundus', 'kopani-ad'] },
    example:
      'Sembilan pendiri masing-masing membayar simpanan pokok Rp50.000: simpanan pokok pertama koperasi Rp450.000.',
    related: ['koperasi', 'satu-anggota-satu-suara']
  },
  {
    id: 'anggota',
    term: 'Anggota',
    aliases: ['keanggotaan'],
    topic: 'organisasi',
    definition:
      'Pemilik sekaligus pengguna layanan koperasi. Seseorang menjadi anggota setelah tercatat dan menandatangani Buku Daftar Anggota.',
    rule: 'Keanggotaan mulai berlaku sejak terdaftar dan tercatat dalam Daftar Anggota. Keanggotaan melekat pada orangnya dan tidak dapat dipindahtangankan. Syarat umum (asumsi, diatur AD): WNI, cakap hukum (≥ 17 tahun atau sudah menikah), tinggal atau bekerja di desa/kelurahan, bersedia membayar simpanan pokok dan wajib, menerima AD/ART.',
    basis: {
      sections: ['§1.5', '§9.5'],
      status: 'VERIFIED',
      sources: ['ilovetranslation-ad', 'nurul-hikmah-ad', 'pdfcoffee-keanggotaan'],
      note: 'Syarat keanggotaan (§9.5) adalah asumsi; AD koperasi yang menentukan.'
    },
    example:
      'Ibu Siti membayar simpanan pokok Rp50.000 dan menandatangani Buku Daftar Anggota pada 5 Januari; sejak hari itu ia anggota dan berhak atas SHU tahun itu.',
    related: ['buku-daftar-anggota', 'calon-anggota', 'hak-kewajiban-anggota']
  },
  {
    id: 'calon-anggota',
    term: 'Calon anggota',
    topic: 'organisasi',
    definition:
      'Orang yang sudah mendaftar tetapi belum disahkan menjadi anggota. Ia belum punya hak suara dan belum ikut pembagian SHU.',
    rule: 'Calon anggota dihitung terpisah (laki-laki dan perempuan) dalam tabel keanggotaan RAT dan laporan ke Dinas/ODS.',
    basis: { sections: ['§6.3', '§7.1'], status: 'VERIFIED', sources: ['kotim', 'github datakop', 'github rekap'] },
    example:
      'Pak Budi mendaftar dan menitipkan Rp50.000 untuk simpanan pokok; selama belum disahkan, ia tercatat sebagai calon anggota dan uangnya belum menjadi simpanan pokok.',
    related: ['anggota']
  },
  {
    id: 'anggota-luar-biasa',
    term: 'Anggota luar biasa',
    topic: 'organisasi',
    definition:
      'Orang yang boleh memakai sebagian layanan koperasi dengan syarat khusus, tetapi tidak memenuhi semua syarat anggota biasa. Hak dan kewajibannya ditetapkan dalam Anggaran Dasar.',
    rule: 'DOMAIN.md tidak mengatur anggota luar biasa. Yang diatur: anggota sah adalah yang tercatat di Buku Daftar Anggota (§1.5); usaha dengan bukan anggota dipisahkan karena SHU dari bukan anggota tidak dibagikan sebagai jasa anggota (§5.2); pinjaman USP hanya untuk anggota (§4.1). Pengertian "anggota luar biasa" dari UU 25/1992 Pasal 18 ayat (2) dikutip dari ingatan dan belum diverifikasi: periksa AD koperasi.',
    basis: {
      sections: ['§1.5', '§4.1', '§5.2'],
      status: 'ASSUMED',
      sources: ['ilovetranslation-ad', 'ddtc-himpun', 'mirnawati'],
      note: 'Tidak ada di DOMAIN.md; ikuti AD koperasi. Lumbung mencatatnya sebagai bukan anggota untuk SHU.'
    },
    example:
      'Seorang guru dari desa tetangga berbelanja Rp500.000 di gerai. Bila AD tidak menjadikannya anggota biasa, penjualan itu dicatat "non-anggota" dan tidak menambah jasa usaha siapa pun.',
    related: ['anggota', 'pihak-anggota', 'ad-art']
  },
  {
    id: 'buku-daftar-anggota',
    term: 'Buku Daftar Anggota',
    aliases: ['register anggota', 'buku 01'],
    topic: 'organisasi',
    definition:
      'Buku resmi berisi semua anggota: nomor urut, nomor anggota, nama sesuai KTP, NIK, alamat, tanggal masuk dan keluar, serta tanda tangan.',
    rule: 'Pengurus wajib menyimpannya. Nomor urut tidak pernah dipakai ulang. Saat anggota keluar, tanggal, sebab dan tanda tangannya diisi. Tanda tangan di buku kertas adalah tindakan hukumnya, jadi buku harus tetap dapat dicetak.',
    basis: {
      sections: ['§1.5'],
      status: 'VERIFIED',
      sources: ['github buku-data.ts', 'ilovetranslation-ad', 'nurul-hikmah-ad'],
      note: 'Daftar kolom disusun dari beberapa sumber (asumsi).'
    },
    example:
      'Anggota nomor urut 37 keluar dan menerima kembali simpanannya Rp1.250.000; barisnya diisi tanggal keluar dan alasan "pindah", dan nomor 37 tidak diberikan kepada anggota baru.',
    related: ['anggota', 'buku-administrasi', 'nik']
  },
  {
    id: 'buku-administrasi',
    term: 'Buku administrasi koperasi',
    aliases: ['16 buku', 'buku organisasi'],
    topic: 'organisasi',
    definition:
      'Kumpulan buku yang dipakai Dinas untuk menilai tertib administrasi: daftar anggota, pengurus, pengawas, simpanan, pinjaman, karyawan, notulen rapat, tamu, saran, inventaris dan lainnya.',
    rule: 'Daftar "16 buku administrasi" dipakai Dinas; Buku 01 Daftar Anggota, 04 Simpanan Anggota, 05 Daftar Pinjaman dan 07–09 Notulen rapat terverifikasi, urutan lengkapnya asumsi. Buku kas/jurnal dan buku besar ditambahkan di atasnya.',
    basis: {
      sections: ['§1.5'],
      status: 'VERIFIED',
      sources: ['github buku-data.ts'],
      note: 'Daftar lengkap dan penomorannya asumsi.'
    },
    example:
      'Buku 04 (Simpanan Anggota) menunjukkan Ibu Siti menyetor wajib Rp10.000 tiap bulan; buku besar menunjukkan jumlah semua simpanan wajib, misalnya Rp12.000.000.',
    related: ['buku-daftar-anggota', 'buku-besar']
  },
  {
    id: 'pengurus',
    term: 'Pengurus',
    aliases: ['ketua', 'sekretaris', 'bendahara'],
    topic: 'organisasi',
    definition:
      'Orang-orang yang dipilih rapat anggota untuk menjalankan koperasi sehari-hari, biasanya ketua, sekretaris dan bendahara.',
    rule: 'Pengurus bertanggung jawab atas laporan keuangan dan menandatanganinya. Laporan tahunan ditandatangani semua pengurus; pengesahan laporan oleh RAT membebaskan pengurus dari tanggung jawab tahun itu (Pasal 36, kata-katanya asumsi). Di KDKMP pengurus dan pengawas tidak boleh bersaudara.',
    basis: {
      sections: ['§1.2', '§1.3', '§1.4'],
      status: 'VERIFIED',
      sources: ['ddtc-bahasa', 'mevin', 'infokop'],
      note: 'Bunyi Pasal 36 UU 25/1992 dikutip dari ingatan (asumsi).'
    },
    example:
      'Dana pengurus dari SHU 5 % × Rp6.532.150 = Rp326.607 (dibulatkan ke bawah); honor pengurus sehari-hari dicatat terpisah sebagai beban (5-3102).',
    related: ['pengawas', 'dana-pengurus', 'laporan-tahunan']
  },
  {
    id: 'pengawas',
    term: 'Pengawas',
    topic: 'organisasi',
    definition:
      'Orang-orang yang dipilih rapat anggota untuk memeriksa pekerjaan pengurus: kas, catatan, pinjaman dan persediaan.',
    rule: 'Pengawas menyusun Laporan Hasil Pengawasan untuk RAT (ruang lingkup, cara pemeriksaan seperti kas opname dan stock opname, temuan, rekomendasi), ditandatangani ketua dan anggota pengawas. Di KDKMP Kepala Desa menjadi Ketua Pengawas karena jabatannya.',
    basis: { sections: ['§1.4', '§6.1'], status: 'VERIFIED', sources: ['mevin', 'kopkar-jim'] },
    example:
      'Saat kas opname pengawas menghitung uang di laci Rp2.450.000 sedangkan buku kas menunjukkan Rp2.500.000; selisih Rp50.000 dicatat sebagai temuan.',
    related: ['pengurus', 'laporan-pengawas', 'kas-opname']
  },
  {
    id: 'ad-art',
    term: 'AD/ART',
    aliases: ['anggaran dasar', 'anggaran rumah tangga'],
    topic: 'organisasi',
    definition: 'Anggaran Dasar dan Anggaran Rumah Tangga: aturan dasar koperasi yang disetujui para anggota.',
    rule: 'Banyak angka ditetapkan AD/ART, bukan undang-undang: persentase pembagian SHU, kuorum, besar simpanan pokok dan wajib, denda. Karena itu Lumbung menyimpannya sebagai pengaturan yang berlaku sejak tanggal keputusan RAT atau perubahan AD.',
    basis: {
      sections: ['§0', '§10'],
      status: 'ASSUMED',
      sources: [],
      note: 'DOMAIN.md tidak menemukan AD/ART standar nasional KDKMP; besarannya ditetapkan tiap koperasi.'
    },
    example:
      'AD menetapkan simpanan wajib Rp10.000 per bulan; RAT 2027 menaikkannya menjadi Rp15.000 mulai 1 April 2027. Lumbung memakai Rp10.000 untuk Maret dan Rp15.000 untuk April.',
    related: ['rat', 'simpanan-wajib']
  },
  {
    id: 'prinsip-koperasi',
    term: 'Prinsip koperasi',
    topic: 'organisasi',
    definition: 'Tujuh pegangan yang membedakan koperasi dari usaha biasa.',
    rule: 'Pemeriksaan kesehatan (aspek Tata Kelola) menilai 7 prinsip: keanggotaan sukarela dan terbuka; pengelolaan demokratis; pembagian SHU yang adil; balas jasa terbatas terhadap modal; kemandirian; pendidikan perkoperasian; kerja sama antarkoperasi.',
    basis: { sections: ['§8.1'], status: 'VERIFIED', sources: ['bps-sirusa', 'yudhi-juknis'] },
    example:
      'Pembagian SHU yang adil: anggota yang berbelanja Rp18.000.000 setahun mendapat jasa usaha lebih besar daripada anggota yang berbelanja Rp3.333.000.',
    related: ['balas-jasa-terbatas', 'satu-anggota-satu-suara', 'dana-pendidikan']
  },
  {
    id: 'balas-jasa-terbatas',
    term: 'Balas jasa terbatas terhadap modal',
    topic: 'organisasi',
    definition:
      'Simpanan anggota boleh diberi imbalan, tetapi tidak boleh menjadi dasar utama pembagian hasil: SHU dibagi juga menurut transaksi anggota.',
    rule: 'SHU tidak dibagi berdasarkan modal saja, tetapi juga menurut jasa usaha anggota (Pasal 45). Jasa simpanan sukarela diberikan secara wajar dan besarnya disepakati rapat anggota.',
    basis: { sections: ['§5.1', '§3.3'], status: 'VERIFIED', sources: ['wiwi-shu', 'mirnawati'] },
    example:
      'Dengan pembagian 20 % jasa modal dan 20 % jasa usaha dari SHU Rp6.532.150, simpanan menentukan Rp1.306.430 dan belanja/transaksi menentukan Rp1.306.430 lagi.',
    related: ['jasa-modal', 'jasa-usaha', 'prinsip-koperasi']
  },
  {
    id: 'satu-anggota-satu-suara',
    term: 'Satu anggota satu suara',
    aliases: ['musyawarah mufakat', 'pemungutan suara'],
    topic: 'rat',
    definition: 'Setiap anggota punya satu suara dalam rapat anggota, berapa pun besar simpanannya.',
    rule: 'Satu anggota satu suara; di koperasi primer suara tidak boleh diwakilkan; keputusan diambil dengan musyawarah mufakat, bila tidak tercapai dengan suara terbanyak dari yang hadir.',
    basis: { sections: ['§1.3', '§6.4'], status: 'VERIFIED', sources: ['kopani-ad', 'slideplayer-koperasi'] },
    example:
      'Anggota dengan simpanan Rp5.000.000 dan anggota dengan simpanan Rp150.000 masing-masing tetap punya satu suara.',
    related: ['rat', 'kuorum']
  },
  {
    id: 'pihak-berelasi',
    term: 'Pihak berelasi',
    topic: 'pinjaman',
    definition:
      'Orang yang dekat dengan pengambil keputusan koperasi: pengurus, pengawas, dan koperasi yang terafiliasi.',
    rule: 'Pinjaman kepada pihak berelasi paling banyak 10 % dari modal sendiri (dihitung dari saldo pinjaman) dan harus disetujui pengurus dan pengawas (Permenkop 8/2023). Batas untuk pihak lain ada tetapi besarnya tidak terbaca; bawaan Lumbung 20 % (asumsi).',
    basis: { sections: ['§4.1'], status: 'VERIFIED', sources: ['ddtc-bmpp'] },
    example:
      'Modal sendiri Rp200.000.000: pinjaman semua pengurus dan pengawas bersama-sama paling banyak Rp20.000.000.',
    related: ['bmpp', 'pengurus', 'modal-sendiri']
  },
  {
    id: 'dana-pendidikan',
    term: 'Dana pendidikan',
    topic: 'shu',
    definition: 'Bagian SHU yang disisihkan untuk pendidikan perkoperasian anggota, pengurus dan pengawas.',
    rule: 'Dialokasikan dari SHU setelah RAT (contoh umum 5 %, rentang 2–5 %), dicatat sebagai dana (liabilitas 2-1604). Saat dipakai, dana ini dikurangi langsung (debit Dana Pendidikan, kredit Kas), bukan dicatat sebagai beban. Biaya pelatihan operasional biasa dicatat sebagai beban 5-3402.',
    basis: {
      sections: ['§2.2', '§5.3'],
      status: 'VERIFIED',
      sources: ['wiwi-shu', 'github shu allocations'],
      note: 'Pencatatan dana SHU sebagai liabilitas: praktik umum (asumsi).'
    },
    example:
      'Dana pendidikan 5 % × Rp6.532.150 = Rp326.607. Pelatihan bendahara seharga Rp300.000 dibayar dari dana ini; sisa dana Rp26.607.',
    related: ['shu', 'prinsip-koperasi', 'tes-pemahaman']
  },
  {
    id: 'tes-pemahaman',
    term: 'Tes pemahaman',
    topic: 'organisasi',
    definition:
      'Latihan soal di Lumbung untuk menguji pemahaman pengurus, pengawas dan anggota tentang cara kerja koperasi; hasilnya disimpan di buku dan diringkas dalam buku RAT serta laporan Dinas.',
    rule: 'Pendidikan perkoperasian adalah salah satu prinsip koperasi yang dinilai dalam pemeriksaan kesehatan (Tata Kelola). Buku RAT bab Organisasi mencatat pendidikan/pelatihan yang dilakukan.',
    basis: {
      sections: ['§8.1', '§6.1'],
      status: 'VERIFIED',
      sources: ['bps-sirusa', 'yudhi-juknis', 'kopkar-jim'],
      note: 'Bentuk tes dan batas lulus (70 %) adalah pilihan Lumbung (asumsi).'
    },
    example:
      'Soal hitungan memakai angka koperasi sendiri: "Simpanan pokok + wajib Anda Rp1.600.000 dari seluruh Rp4.500.000, jasa modal Rp1.306.430; berapa JMA Anda?" Jawabannya Rp464.508.',
    related: ['prinsip-koperasi', 'dana-pendidikan']
  },

  // ------------------------------------------------------------------ RAT
  {
    id: 'rat',
    term: 'Rapat Anggota Tahunan (RAT)',
    aliases: ['RAT', 'rapat anggota'],
    topic: 'rat',
    definition:
      'Rapat semua anggota sekali setahun: pengurus dan pengawas mempertanggungjawabkan tahun buku, anggota mengesahkan laporan, menetapkan pembagian SHU dan rencana tahun depan.',
    rule: 'Rapat anggota diadakan paling sedikit sekali setahun (Pasal 26 ayat 1). RAT yang mengesahkan pertanggungjawaban pengurus paling lambat 6 bulan setelah tahun buku berakhir, jadi paling lambat 30 Juni (Pasal 26 ayat 2). Dinas sering meminta koperasi primer ber-RAT sebelum akhir Maret (praktik daerah, bukan undang-undang).',
    basis: { sections: ['§1.3'], status: 'VERIFIED', sources: ['datago-rat', 'sosialisasi-rat', 'idntimes-denpasar'] },
    example:
      'Tahun buku 2025 berakhir 31 Desember 2025; RAT paling lambat 30 Juni 2026 dan memutuskan pembagian SHU 2025, misalnya Rp6.532.150.',
    related: ['kuorum', 'laporan-tahunan', 'shu', 'laporan-dinas']
  },
  {
    id: 'kuorum',
    term: 'Kuorum',
    topic: 'rat',
    definition: 'Jumlah kehadiran paling sedikit agar rapat sah dan boleh mengambil keputusan.',
    rule: 'Kuorum ditetapkan AD/ART (Permenkop 19/2015 mendefinisikannya sebagai kehadiran minimum). Bunyi AD yang umum: lebih dari separuh anggota (½ + 1). Bila tidak tercapai, rapat ditunda paling lama 7 hari. AD lain memakai 1/5. Bawaan Lumbung: lebih dari separuh (asumsi).',
    basis: {
      sections: ['§1.3'],
      status: 'VERIFIED',
      sources: ['ppkl-19-2015', 'gaharu-ad', 'kopani-ad'],
      note: 'Bawaan ½ + 1 adalah asumsi; ikuti AD.'
    },
    example:
      'Koperasi dengan 150 anggota: kuorum lebih dari separuh = 76 anggota hadir. Dana rapat dari kas, misalnya konsumsi Rp1.500.000, dicatat sebagai beban rapat & RAT (5-3401).',
    related: ['rat', 'daftar-hadir']
  },
  {
    id: 'laporan-tahunan',
    term: 'Laporan tahunan',
    aliases: ['laporan pertanggungjawaban', 'LPJ'],
    topic: 'rat',
    definition:
      'Laporan pengurus tentang satu tahun buku: neraca akhir tahun, perhitungan hasil usaha dengan penjelasannya, dan keadaan usaha koperasi.',
    rule: 'Laporan tahunan harus siap paling lambat 1 bulan sebelum RAT (Pasal 35) dan ditandatangani semua pengurus; pengurus yang menolak menandatangani menjelaskan alasannya secara tertulis (Pasal 36, bunyi asumsi).',
    basis: { sections: ['§1.3', '§6.1'], status: 'VERIFIED', sources: ['pusbimtek-p35', 'ddtc-bahasa', 'kopkar-jim'] },
    example:
      'RAT dijadwalkan 15 Maret 2026, maka laporan tahunan 2025 (dengan SHU misalnya Rp6.532.150) siap paling lambat 15 Februari 2026.',
    related: ['rat', 'buku-rat', 'pengurus']
  },
  {
    id: 'buku-rat',
    term: 'Buku laporan RAT',
    topic: 'rat',
    definition:
      'Buku yang dibagikan saat RAT: acara, tata tertib, laporan pengurus (organisasi, usaha, keuangan), laporan pengawas, laporan keuangan dan lampiran per anggota.',
    rule: 'Susunan umum: sampul, kata pengantar, daftar isi, susunan acara, tata tertib, laporan pertanggungjawaban pengurus BAB I–VI, laporan hasil pengawasan, laporan keuangan dengan pembanding tahun lalu, lampiran (simpanan, pinjaman, SHU per anggota, inventaris, persediaan, RAPB).',
    basis: {
      sections: ['§6.1'],
      status: 'VERIFIED',
      sources: ['kopkar-jim', 'tawangsari-lpj', 'tawangsari-rat', 'pusbimtek-p35'],
      note: 'Penomoran bab: asumsi.'
    },
    example: 'Lampiran SHU per anggota menunjukkan Anggota A menerima JMA Rp464.508 + JUA Rp784.767 = Rp1.249.275.',
    related: ['rat', 'laporan-tahunan', 'lembar-anggota']
  },
  {
    id: 'laporan-pengawas',
    term: 'Laporan hasil pengawasan',
    topic: 'rat',
    definition: 'Laporan pengawas kepada RAT tentang pemeriksaan yang mereka lakukan selama tahun buku.',
    rule: 'Isinya: pendahuluan, dasar, ruang lingkup (organisasi, usaha, keuangan, administrasi), pelaksanaan pemeriksaan (tanggal dan cara: kas opname, konfirmasi saldo, stock opname), temuan, pendapat dan rekomendasi; ditandatangani ketua dan anggota pengawas.',
    basis: { sections: ['§6.1'], status: 'VERIFIED', sources: ['kopkar-jim', 'mevin'] },
    example:
      'Temuan: persediaan beras di gudang senilai Rp3.600.000 sedangkan catatan Rp3.840.000; selisih Rp240.000 dicatat sebagai selisih persediaan.',
    related: ['pengawas', 'stock-opname', 'kas-opname']
  },
  {
    id: 'kas-opname',
    term: 'Kas opname',
    topic: 'pembukuan',
    definition: 'Menghitung uang tunai yang benar-benar ada lalu membandingkannya dengan saldo buku kas.',
    rule: 'Kas opname adalah salah satu cara pemeriksaan pengawas yang dilaporkan dalam Laporan Hasil Pengawasan.',
    basis: { sections: ['§6.1'], status: 'VERIFIED', sources: ['kopkar-jim'] },
    example:
      'Buku kas Rp2.500.000, uang yang dihitung Rp2.500.000: cocok. Bila hanya Rp2.450.000, selisih Rp50.000 harus dijelaskan.',
    related: ['pengawas', 'buku-kas']
  },
  {
    id: 'rapb',
    term: 'RAPB',
    aliases: ['rencana anggaran pendapatan dan belanja', 'rencana kerja'],
    topic: 'rat',
    definition: 'Rencana kerja dan anggaran pendapatan serta belanja untuk tahun berikutnya, disahkan RAT.',
    rule: 'RAPB diturunkan dari Rencana Kerja dan dilampirkan dalam buku RAT bersama realisasi tahun berjalan sebagai pembanding.',
    basis: { sections: ['§6.1'], status: 'VERIFIED', sources: ['tawangsari-rapb'] },
    example:
      'RAPB 2026 menganggarkan penjualan sembako Rp60.000.000; realisasi 2026 Rp54.000.000, yaitu 90 % dari anggaran.',
    related: ['rat', 'buku-rat']
  },
  {
    id: 'daftar-hadir',
    term: 'Daftar hadir RAT',
    topic: 'rat',
    definition: 'Daftar anggota yang hadir di RAT, ditandatangani masing-masing, untuk membuktikan kuorum.',
    rule: 'Kolom: No, No. Anggota, Nama, L/P, Alamat, Tanda tangan; tamu dicatat terpisah. Di bawahnya: jumlah anggota terdaftar per 31 Desember, jumlah hadir, persen hadir, dan apakah kuorum terpenuhi. Dicetak dari daftar anggota aktif.',
    basis: { sections: ['§6.2'], status: 'ASSUMED', sources: [], note: 'Susunan kolom asumsi; aturan kuorum dari AD.' },
    example:
      'Terdaftar 150 anggota, hadir 90 (60 %): kuorum lebih dari separuh terpenuhi. Biaya cetak daftar hadir Rp25.000 dicatat sebagai beban ATK.',
    related: ['kuorum', 'rat']
  },

  // ------------------------------------------------------------------ KDKMP
  {
    id: 'kdkmp',
    term: 'Koperasi Desa/Kelurahan Merah Putih (KDKMP)',
    aliases: ['KDMP', 'KKMP', 'Kopdes Merah Putih'],
    topic: 'kdkmp',
    definition:
      'Koperasi desa atau kelurahan yang dibentuk serentak atas Instruksi Presiden untuk melayani warga dengan beberapa unit usaha.',
    rule: 'Dasar: Inpres 9/2025 (target 80.000 koperasi), SE Menkop 1/2025, Juklak Menkop No. 1/2025, SE Mendes PDT 6/2025, Inpres 17/2025. Kegiatan yang diamanatkan, "meliputi namun tidak terbatas": kantor koperasi, sembako, simpan pinjam, klinik, apotek, pergudangan (cold storage), logistik. Nama: "Koperasi Desa Merah Putih [Nama Desa]" atau "Koperasi Kelurahan Merah Putih [Nama Kelurahan]".',
    basis: {
      sections: ['§1.1', '§1.4'],
      status: 'VERIFIED',
      sources: ['bisnis-inpres', 'wantimpres', 'juklak-kdmp', 'infokop', 'radarjabar', 'mevin']
    },
    example:
      'Pembiayaan bank Himbara untuk gerai dan gudang disebut dengan plafon Rp3 miliar per koperasi, dicicil 3–5 tahun; utang itu dicatat sebagai Utang Bank (2-2101).',
    related: ['unit-usaha', 'simkopdes', 'business-assistant']
  },
  {
    id: 'unit-usaha',
    term: 'Unit usaha',
    topic: 'kdkmp',
    definition:
      'Bagian kegiatan koperasi, misalnya simpan pinjam, gerai sembako, apotek, klinik, gudang, logistik, dan kantor.',
    rule: 'Unit usaha dicatat sebagai keterangan pada setiap baris jurnal, bukan sebagai buku terpisah, sehingga hasil usaha per unit dan bab "bidang usaha" RAT dapat disusun dari satu buku.',
    basis: {
      sections: ['§1.4', '§2'],
      status: 'VERIFIED',
      sources: ['wantimpres'],
      note: 'Daftar kegiatan terverifikasi; pencatatan sebagai dimensi adalah rancangan Lumbung (asumsi).'
    },
    example:
      'Penjualan beras Rp1.400.000 dicatat dengan unit SEMBAKO; jasa pinjaman Rp180.000 dengan unit USP. Laporan per unit memisahkan keduanya.',
    related: ['kdkmp', 'usp']
  },
  {
    id: 'business-assistant',
    term: 'Business Assistant',
    aliases: ['pendamping', 'PMO'],
    topic: 'kdkmp',
    definition: 'Pendamping dari kementerian yang membantu koperasi menghitung dan menjalankan usaha.',
    rule: 'Kementerian menyediakan satu Business Assistant untuk setiap 10 koperasi dan satu PMO per kabupaten.',
    basis: { sections: ['§1.4'], status: 'VERIFIED', sources: ['radarnesia'] },
    example:
      'Business Assistant membantu menghitung apakah gerai dengan omzet Rp48.000.000 dalam 1,5 bulan sudah menutup biaya sewa dan gaji.',
    related: ['kdkmp']
  },
  {
    id: 'simkopdes',
    term: 'SIMKOPDES',
    topic: 'kdkmp',
    definition: 'Sistem Informasi Manajemen Koperasi Desa milik Kemenkop, dipakai KDKMP secara daring (online).',
    rule: 'Mencatat koperasi, anggota, pengurus, pengawas, lokasi lahan; punya menu Tagihan Simpanan dan menu RAT. Tidak ada API publik, sehingga angka dari Lumbung diketik ulang atau diunggah.',
    basis: {
      sections: ['§7.2'],
      status: 'VERIFIED',
      sources: ['desanu', 'radarjabar', 'xcloud-bisnis', 'updesa-tagihan', 'updesa-rat']
    },
    example:
      'Tagihan Simpanan di SIMKOPDES: jenis Wajib, periode Januari 2026, nominal Rp20.000 per anggota; Lumbung menghitung tagihan yang sama dari buku.',
    related: ['ods', 'tagihan-simpanan']
  },

  // ------------------------------------------------------------------ laporan ke pemerintah
  {
    id: 'ods',
    term: 'ODS (Online Data System)',
    aliases: ['ODS Mandiri'],
    topic: 'laporan',
    definition: 'Sistem pendataan koperasi milik Kemenkop tempat koperasi melaporkan RAT dan angka tahunannya.',
    rule: 'Dasar: Permenkop 10/2016. Koperasi melaporkan RAT lewat ODS Mandiri (atau surat) paling lambat 1 bulan setelah RAT; tanpa laporan RAT dua tahun berturut-turut sanksinya bisa sampai pembubaran.',
    basis: {
      sections: ['§1.3', '§7.1'],
      status: 'VERIFIED',
      sources: ['permen10-2016', 'beritajakarta', 'bimtek-sumbar']
    },
    example:
      'Isian ODS antara lain modal sendiri (misalnya Rp250.000.000), modal luar, volume usaha dan SHU; Lumbung menghitung semuanya dari buku.',
    related: ['laporan-dinas', 'nik-koperasi']
  },
  {
    id: 'laporan-dinas',
    term: 'Laporan tahunan untuk Dinas',
    topic: 'laporan',
    definition:
      'Angka tahunan koperasi yang diminta Dinas Koperasi: identitas, pengurus, keanggotaan laki-laki dan perempuan, modal, aset, volume usaha, SHU, kesehatan.',
    rule: 'Dilaporkan paling lambat 1 bulan setelah RAT. Anggota laki-laki dan perempuan dihitung terpisah. Setiap Dinas dapat memakai templat isiannya sendiri.',
    basis: {
      sections: ['§1.3', '§7.1'],
      status: 'VERIFIED',
      sources: ['beritajakarta', 'kotim', 'github datakop', 'github rekap']
    },
    example:
      'RAT diadakan 20 Maret 2026; laporan ke Dinas paling lambat 20 April 2026, berisi misalnya SHU 2025 Rp6.532.150.',
    related: ['ods', 'rat', 'volume-usaha']
  },
  {
    id: 'nik-koperasi',
    term: 'Nomor Induk Koperasi (NIK koperasi)',
    topic: 'laporan',
    definition: 'Nomor resmi koperasi dari Kemenkop. Berbeda dengan NIK KTP perorangan.',
    rule: 'Sertifikat NIK koperasi hanya diberikan kepada koperasi yang mengadakan dan melaporkan RAT. Masa berlakunya berbeda menurut daerah (1 atau 2 tahun). Di layar, NIK koperasi dan NIK kependudukan selalu ditulis lengkap agar tidak tertukar.',
    basis: { sections: ['§1.3', '§7.1'], status: 'VERIFIED', sources: ['beritajakarta', 'kotim'] },
    example:
      'Koperasi yang belum melaporkan RAT tidak mendapat sertifikat NIK; padahal pinjaman bank Rp3 miliar untuk gerai biasanya meminta legalitas lengkap.',
    related: ['ods', 'nik']
  },
  {
    id: 'volume-usaha',
    term: 'Volume usaha',
    topic: 'laporan',
    definition: 'Jumlah nilai penjualan atau penerimaan dari barang dan jasa koperasi dalam satu tahun buku.',
    rule: 'Definisi: total nilai penjualan atau penerimaan dari barang dan jasa dalam tahun buku. Bawaan Lumbung: penjualan bruto + pendapatan jasa (+ jasa pinjaman); pinjaman yang disalurkan dilaporkan terpisah.',
    basis: {
      sections: ['§7.1'],
      status: 'VERIFIED',
      sources: ['123dok-volume', 'kamaldc'],
      note: 'Cara hitung bawaan Lumbung adalah asumsi.'
    },
    example:
      'Penjualan sembako Rp50.000.000 + jasa pinjaman Rp3.330.000 + provisi Rp240.000 = volume usaha Rp53.570.000.',
    related: ['laporan-dinas', 'pendapatan']
  },
  {
    id: 'kesehatan-koperasi',
    term: 'Kesehatan koperasi',
    aliases: ['penilaian kesehatan', 'predikat kesehatan'],
    topic: 'laporan',
    definition: 'Penilaian Dinas atas koperasi simpan pinjam/USP: apakah dikelola dengan baik dan aman bagi anggota.',
    rule: 'Menurut Permenkop 9/2020 dan Juknis 15/2021 ada empat aspek: Tata Kelola 30 %, Profil Risiko 15 %, Kinerja Keuangan dan Permodalan (pembagiannya belum ditemukan; bawaan 40 % dan 15 %). Predikat: Sehat, Cukup Sehat, Dalam Pengawasan, Dalam Pengawasan Khusus.',
    basis: {
      sections: ['§8.1', '§8.2'],
      status: 'VERIFIED',
      sources: ['bps-sirusa', 'yudhi-juknis'],
      note: 'Bobot Kinerja Keuangan dan Permodalan asumsi.'
    },
    example:
      'Pinjaman bermasalah Rp14.000.000 dari Rp114.000.000 (NPL 12,28 %) masuk kategori "kurang sehat" untuk indikator itu (10–15 %).',
    related: ['npl', 'prinsip-koperasi']
  },
  {
    id: 'audit-akuntan-publik',
    term: 'Audit akuntan publik',
    topic: 'laporan',
    definition: 'Pemeriksaan laporan keuangan oleh akuntan publik yang terdaftar di kementerian.',
    rule: 'Laporan tahunan KSP/USP (dan KSPPS/USPPS) dengan modal ≥ Rp5.000.000.000 wajib diaudit akuntan publik. Akuntan yang sama paling lama 3 tahun berturut-turut, lalu jeda 2 tahun.',
    basis: { sections: ['§1.2'], status: 'VERIFIED', sources: ['ddtc-audit', 'updates'] },
    example:
      'USP dengan modal Rp800.000.000 belum wajib diaudit; bila modalnya tumbuh menjadi Rp5.200.000.000, laporan tahun itu wajib diaudit.',
    related: ['modal-sendiri', 'sak-ep']
  },
  {
    id: 'ojk-p2sk',
    term: 'Simpan pinjam tertutup dan OJK',
    aliases: ['P2SK', 'OJK'],
    topic: 'laporan',
    definition:
      'Koperasi yang memberi layanan simpan pinjam hanya kepada anggotanya diawasi Kementerian Koperasi; yang melayani bukan anggota diawasi OJK.',
    rule: 'UU 4/2023 (P2SK) Pasal 44B: koperasi yang melayani bukan anggota (open loop) di bidang jasa keuangan berada di bawah OJK; simpan pinjam tertutup (closed loop, anggota saja) tetap di bawah Kementerian Koperasi.',
    basis: { sections: ['§1.1'], status: 'VERIFIED', sources: ['se6-2023'] },
    example:
      'USP menyalurkan pinjaman Rp2.000.000 hanya kepada anggota: tetap di bawah pembinaan Kementerian Koperasi.',
    related: ['usp', 'pinjaman']
  },

  // ------------------------------------------------------------------ simpanan
  {
    id: 'simpanan-pokok',
    term: 'Simpanan pokok',
    topic: 'simpanan',
    definition:
      'Uang yang dibayar satu kali ketika seseorang masuk menjadi anggota. Besarnya sama untuk semua anggota.',
    rule: 'Sama besar untuk setiap anggota; dibayar sekali saat masuk (boleh dicicil bila AD mengizinkan); tidak dapat diambil selama masih anggota; dikembalikan saat keluar sesuai AD. Termasuk modal sendiri (UU 25/1992 Pasal 41), dicatat di akun 3-1101. Tidak ada besaran nasional untuk KDKMP.',
    basis: {
      sections: ['§3.1', '§1.4', '§2.3'],
      status: 'VERIFIED',
      sources: ['curup', 'elkopra-simpanan', 'psak27-blog', '123dok-p41'],
      note: 'Cicilan simpanan pokok: asumsi.'
    },
    example:
      'Contoh Kemenkop: simpanan pokok Rp50.000. Koperasi dengan 120 anggota mengumpulkan 120 × Rp50.000 = Rp6.000.000.',
    related: ['simpanan-wajib', 'modal-sendiri', 'pengembalian-simpanan']
  },
  {
    id: 'simpanan-wajib',
    term: 'Simpanan wajib',
    topic: 'simpanan',
    definition: 'Simpanan yang dibayar berkala, biasanya setiap bulan, selama menjadi anggota.',
    rule: 'Dibayar berkala; besarnya boleh berbeda antaranggota dan diputuskan musyawarah; tidak dapat diambil selama masih anggota; dikembalikan saat keluar. Termasuk modal sendiri (3-1102). Tidak ada besaran nasional.',
    basis: { sections: ['§3.1', '§1.4'], status: 'VERIFIED', sources: ['curup', 'psak27-blog', 'elkopra-simpanan'] },
    example:
      'Wajib Rp10.000 per bulan: setahun Rp120.000. Anggota yang masuk 15 Maret membayar wajib Maret sampai Desember = 10 × Rp10.000 = Rp100.000.',
    related: ['tunggakan-wajib', 'tagihan-simpanan', 'simpanan-pokok']
  },
  {
    id: 'simpanan-sukarela',
    term: 'Simpanan sukarela',
    aliases: ['tabungan'],
    topic: 'simpanan',
    definition:
      'Tabungan anggota yang boleh disetor dan diambil kapan saja, dengan jumlah berapa pun, dan mendapat jasa simpanan.',
    rule: 'Dapat diambil setiap saat, sehingga dicatat sebagai utang koperasi kepada anggota (liabilitas 2-1101), bukan modal sendiri.',
    basis: { sections: ['§3.1', '§2.2'], status: 'VERIFIED', sources: ['ervansusanto', 'kopkar-jim'] },
    example:
      'Pak Budi menyetor Rp500.000 lalu mengambil Rp200.000; saldo sukarelanya Rp300.000 dan boleh diambil lagi kapan saja.',
    related: ['jasa-simpanan', 'liabilitas', 'pph-jasa-simpanan']
  },
  {
    id: 'simpanan-berjangka',
    term: 'Simpanan berjangka',
    topic: 'simpanan',
    definition: 'Simpanan yang hanya boleh diambil setelah jangka waktu tertentu, seperti deposito.',
    rule: 'Produk KSP/USP menurut Permenkop 8/2023: "simpanan berjangka … jangka waktu tertentu", berbeda dengan tabungan koperasi yang dapat diambil sewaktu-waktu. Dicatat sebagai liabilitas (2-1102).',
    basis: { sections: ['§3.1'], status: 'VERIFIED', sources: ['ddtc-himpun'] },
    example: 'Simpanan berjangka Rp5.000.000 selama 6 bulan baru dapat diambil setelah 6 bulan.',
    related: ['simpanan-sukarela']
  },
  {
    id: 'simpanan-khusus',
    term: 'Simpanan khusus',
    topic: 'simpanan',
    definition: 'Simpanan lain yang dibuat atas keputusan RAT, misalnya untuk membiayai gedung.',
    rule: 'Diadakan dengan keputusan RAT; pencatatannya mengikuti keputusan itu (akun 3-1103 bila sebagai modal).',
    basis: { sections: ['§3.1', '§2.3'], status: 'ASSUMED', sources: [] },
    example:
      'RAT memutuskan simpanan khusus Rp100.000 per anggota untuk pembangunan gudang; 150 anggota → Rp15.000.000.',
    related: ['rat']
  },
  {
    id: 'tagihan-simpanan',
    term: 'Tagihan simpanan wajib',
    aliases: ['penagihan wajib'],
    topic: 'simpanan',
    definition: 'Daftar bulanan berapa simpanan wajib yang harus dibayar setiap anggota.',
    rule: 'Tagihan wajib dibuat per anggota per bulan; SIMKOPDES juga memakai "Tagihan Simpanan" dengan jenis Pokok (sekali bayar), Wajib (per bulan/tahun) atau Sukarela, periode, nominal dan status per anggota.',
    basis: { sections: ['§3.2', '§7.2'], status: 'VERIFIED', sources: ['updesa-tagihan'] },
    example:
      'Tagihan Januari 2026: 120 anggota × Rp20.000 = Rp2.400.000; sampai akhir bulan terkumpul Rp2.300.000, jadi 5 anggota belum membayar.',
    related: ['simpanan-wajib', 'tunggakan-wajib']
  },
  {
    id: 'tunggakan-wajib',
    term: 'Tunggakan simpanan wajib',
    topic: 'simpanan',
    definition: 'Simpanan wajib bulan-bulan yang sudah jatuh tempo tetapi belum dibayar.',
    rule: 'Wajib bulan m jatuh tempo pada hari jatuh tempo bulan itu (bawaan: hari terakhir bulan) dan baru menjadi tunggakan sejak keesokan harinya. Bulan berjalan ditulis "belum jatuh tempo". Bulan sebelum anggota masuk tidak dihitung. AD dapat melarang anggota yang menunggak meminjam atau menerima SHU.',
    basis: {
      sections: ['§3.2'],
      status: 'ASSUMED',
      sources: [],
      note: 'Hari jatuh tempo dan akibat tunggakan diatur AD; Lumbung menyimpannya sebagai pengaturan.'
    },
    example:
      'Pada 15 Maret dengan wajib Rp10.000: Januari dan Februari yang belum dibayar adalah tunggakan Rp20.000; Maret belum jatuh tempo.',
    related: ['simpanan-wajib', 'tagihan-simpanan']
  },
  {
    id: 'jasa-simpanan',
    term: 'Jasa simpanan sukarela',
    aliases: ['bunga simpanan'],
    topic: 'simpanan',
    definition: 'Imbalan yang diberikan koperasi kepada anggota atas tabungan sukarelanya.',
    rule: 'Besar jasa ditetapkan rapat anggota. Cara A (umum): jasa sebulan = saldo terendah bulan itu × jasa setahun ÷ 12, dibulatkan ke bawah. Cara B: saldo harian × jasa setahun ÷ 365. Dibukukan tiap bulan sebagai beban jasa simpanan (5-2101).',
    basis: {
      sections: ['§3.3', '§9.1'],
      status: 'ASSUMED',
      sources: [],
      note: 'Cara hitung dan pembulatan adalah bawaan yang dapat diubah; bahwa besar jasa disepakati RAT terverifikasi dari daftar periksa kesehatan.'
    },
    example:
      'Saldo terendah Juni Rp2.000.000, jasa 3 % setahun: Rp2.000.000 × 3 % ÷ 12 = Rp5.000. Dengan cara harian 30 hari: Rp4.931.',
    related: ['simpanan-sukarela', 'saldo-terendah', 'pph-jasa-simpanan']
  },
  {
    id: 'saldo-terendah',
    term: 'Saldo terendah',
    topic: 'simpanan',
    definition: 'Saldo paling kecil dalam satu bulan; dipakai untuk menghitung jasa simpanan cara A.',
    rule: 'jasa bulan = floor(saldo terendah bulan × r setahun ÷ 12).',
    basis: { sections: ['§3.3'], status: 'ASSUMED', sources: [] },
    example:
      'Saldo 1 Juni Rp2.500.000, 10 Juni diambil Rp500.000 sehingga Rp2.000.000, 20 Juni disetor lagi menjadi Rp3.000.000: saldo terendah Juni Rp2.000.000.',
    related: ['jasa-simpanan']
  },
  {
    id: 'pph-jasa-simpanan',
    term: 'PPh atas jasa simpanan',
    topic: 'pajak',
    definition: 'Pajak penghasilan yang dipotong koperasi dari jasa simpanan yang dibayar kepada anggota perorangan.',
    rule: 'PP 15/2009: 0 % bila jasa simpanan seorang anggota ≤ Rp240.000 sebulan; bila lebih, 10 % final dari jasa brutonya. Pajak ditahan dan dicatat sebagai Utang Pajak PPh 4(2) (2-1402). Pembulatan pajak: setengah ke atas ke rupiah penuh.',
    basis: { sections: ['§9.6', '§3.3', '§9.1'], status: 'VERIFIED', sources: ['citasco-pp15', 'balaka-issue'] },
    example: 'Jasa Rp300.000 sebulan: PPh 10 % = Rp30.000, anggota menerima Rp270.000. Jasa Rp240.000: PPh Rp0.',
    related: ['jasa-simpanan', 'simpanan-sukarela']
  },
  {
    id: 'buku-simpanan',
    term: 'Buku simpanan',
    aliases: ['passbook', 'buku tabungan'],
    topic: 'simpanan',
    definition: 'Catatan setiap setoran, penarikan dan jasa seorang anggota beserta saldonya, per jenis simpanan.',
    rule: 'Saldo semua buku simpanan anggota harus sama dengan saldo akun kontrol simpanan di buku besar. Buku simpanan dapat dicetak untuk anggota.',
    basis: {
      sections: ['§9.8'],
      status: 'ASSUMED',
      sources: ['accountingplus'],
      note: 'Masalah buku terpisah yang tidak cocok terverifikasi; kebutuhan cetak asumsi.'
    },
    example: 'Buku wajib Ibu Siti: Januari Rp10.000, Februari Rp10.000, Maret Rp10.000 → saldo Rp30.000.',
    related: ['akun-kontrol', 'lembar-anggota']
  },
  {
    id: 'akun-kontrol',
    term: 'Akun kontrol',
    topic: 'pembukuan',
    definition:
      'Akun di buku besar yang saldonya harus sama dengan jumlah rincian per anggota, misalnya simpanan wajib atau piutang pinjaman.',
    rule: 'Rincian per anggota harus selalu sama dengan akun kontrolnya dan dibuktikan di layar. Bila simpanan dicatat di buku terpisah per jenis, saldo anggota sering tidak cocok dengan buku besar dan kesalahan baru ketahuan saat audit atau RAT.',
    basis: {
      sections: ['§9.8'],
      status: 'VERIFIED',
      sources: ['accountingplus'],
      note: 'Pemeriksaan otomatis di layar adalah kebutuhan yang disimpulkan (asumsi).'
    },
    example:
      'Jumlah wajib seluruh anggota Rp12.000.000 harus sama dengan saldo akun 3-1102 Simpanan Wajib Rp12.000.000.',
    related: ['buku-simpanan', 'buku-besar']
  },
  {
    id: 'pengembalian-simpanan',
    term: 'Keluar dari keanggotaan',
    aliases: ['pengembalian simpanan', 'berhenti'],
    topic: 'simpanan',
    definition: 'Saat anggota berhenti, simpanannya dikembalikan setelah dikurangi utangnya kepada koperasi.',
    rule: 'Sebab: permintaan sendiri, meninggal dunia, diberhentikan pengurus, pindah/tidak memenuhi syarat. Hak = pokok + wajib + sukarela (+ jasa berjalan) + SHU yang sudah diputuskan dan belum dibayar; kewajiban = sisa pokok pinjaman + jasa tertunggak + denda + bon gerai; yang dibayar = hak − kewajiban. Sampai dibayar, dicatat sebagai Utang kepada Eks-Anggota (2-1701). Ahli waris menerima saldonya tetapi tidak mewarisi keanggotaan.',
    basis: {
      sections: ['§3.4'],
      status: 'VERIFIED',
      sources: ['nurul-hikmah-ad', 'pdfcoffee-keanggotaan'],
      note: 'Rumus penyelesaian, waktu pembayaran dan aturan ahli waris adalah asumsi; AD yang menentukan.'
    },
    example:
      'Hak Rp1.600.000 (pokok Rp100.000 + wajib Rp1.500.000), kewajiban sisa pinjaman Rp400.000: anggota menerima Rp1.200.000.',
    related: ['simpanan-pokok', 'simpanan-wajib', 'anggota']
  },

  // ------------------------------------------------------------------ pinjaman
  {
    id: 'usp',
    term: 'Unit Simpan Pinjam (USP)',
    aliases: ['KSP', 'simpan pinjam'],
    topic: 'pinjaman',
    definition: 'Unit koperasi yang menghimpun simpanan dan memberi pinjaman kepada anggota.',
    rule: 'Koperasi yang menjalankan simpan pinjam wajib memakai SAK EP. Pinjaman hanya untuk anggota (dan koperasi lain dengan perjanjian kerja sama), dengan prinsip kehati-hatian. Modal awal USP primer menurut sumber sekunder ≥ Rp500 juta; banyak unit KDKMP belum memenuhinya (soal perizinan masih terbuka).',
    basis: {
      sections: ['§1.2', '§4.1'],
      status: 'VERIFIED',
      sources: ['koperasisah', 'ddtc-level', 'ddtc-himpun', 'abangmantek']
    },
    example:
      'USP meminjamkan Rp12.000.000 kepada seorang anggota dengan jasa flat 1,5 % sebulan selama 12 bulan: angsuran Rp1.180.000 per bulan.',
    related: ['pinjaman', 'sak-ep', 'ojk-p2sk']
  },
  {
    id: 'pinjaman',
    term: 'Pinjaman anggota',
    topic: 'pinjaman',
    definition: 'Uang koperasi yang dipinjamkan kepada anggota dan dibayar kembali dengan angsuran.',
    rule: 'Diberikan dengan menilai kebutuhan, kelayakan, risiko dan kemampuan membayar, dana yang tersedia dan agunan yang cukup. Dicatat sebagai piutang pinjaman anggota (1-1401 konsumtif, 1-1402 produktif).',
    basis: { sections: ['§4.1', '§2.1'], status: 'VERIFIED', sources: ['ddtc-himpun'] },
    example:
      'Pencairan Rp12.000.000 dengan provisi 1 %: debit Piutang Pinjaman Rp12.000.000, kredit Kas Rp11.880.000 dan Pendapatan Provisi Rp120.000.',
    related: ['plafon', 'angsuran', 'kolektibilitas']
  },
  {
    id: 'plafon',
    term: 'Plafon',
    aliases: ['pokok pinjaman'],
    topic: 'pinjaman',
    definition: 'Jumlah uang yang dipinjam (pokok pinjaman) pada awalnya.',
    rule: 'Dalam rumus angsuran, P = plafon, r = jasa per bulan, n = tenor dalam bulan.',
    basis: {
      sections: ['§4.2'],
      status: 'STANDARD',
      sources: [],
      note: 'Rumus angsuran baku; bawaan pembulatan asumsi.'
    },
    example: 'Plafon Rp12.000.000 dengan tenor 12 bulan: pokok yang dicicil Rp1.000.000 per bulan.',
    related: ['tenor', 'angsuran']
  },
  {
    id: 'tenor',
    term: 'Tenor',
    aliases: ['jangka waktu pinjaman'],
    topic: 'pinjaman',
    definition: 'Lama pinjaman dalam bulan, yaitu berapa kali angsuran dibayar.',
    rule: 'n dalam rumus angsuran; produk pinjaman menetapkan tenor paling lama.',
    basis: { sections: ['§4.2'], status: 'STANDARD', sources: [] },
    example:
      'Pinjaman Rp1.000.000 tenor 3 bulan dengan jasa flat 2 %: tiga angsuran pokok Rp333.333, Rp333.333 dan Rp333.334, jasa Rp20.000 tiap bulan.',
    related: ['plafon', 'angsuran']
  },
  {
    id: 'jasa-pinjaman',
    term: 'Jasa pinjaman',
    aliases: ['bunga pinjaman'],
    topic: 'pinjaman',
    definition: 'Imbalan yang dibayar peminjam kepada koperasi; di koperasi disebut "jasa", bukan "bunga".',
    rule: 'Dicatat sebagai pendapatan jasa pinjaman (4-1101). Bawaan Lumbung: jasa dibukukan per angsuran saat ditagih, dibulatkan setengah ke atas ke rupiah penuh.',
    basis: {
      sections: ['§2.4', '§4.2', '§9.1'],
      status: 'ASSUMED',
      sources: [],
      note: 'SAK EP memakai metode bunga efektif; pencatatan saat ditagih adalah penyederhanaan yang umum (§1.2, masih terbuka).'
    },
    example: 'Pinjaman Rp12.000.000 jasa flat 1,5 % sebulan: jasa Rp180.000 tiap bulan, Rp2.160.000 selama 12 bulan.',
    related: ['metode-flat', 'metode-efektif', 'angsuran']
  },
  {
    id: 'angsuran',
    term: 'Angsuran',
    aliases: ['cicilan'],
    topic: 'pinjaman',
    definition: 'Pembayaran berkala atas pinjaman, terdiri dari bagian pokok dan bagian jasa.',
    rule: 'Angsuran = pokok + jasa. Angsuran terakhir menyerap sisa pembulatan pokok sehingga sisa pinjaman tepat nol. Boleh dibulatkan ke atas ke kelipatan Rp100 atau Rp1.000; kelebihannya mengurangi pokok.',
    basis: {
      sections: ['§4.2'],
      status: 'ASSUMED',
      sources: [],
      note: 'Rumus baku; aturan pembulatan adalah bawaan yang dapat diubah.'
    },
    example:
      'Flat Rp12.000.000, 1,5 %, 12 bulan: pokok Rp1.000.000 + jasa Rp180.000 = angsuran Rp1.180.000 setiap bulan.',
    related: ['metode-flat', 'urutan-pembayaran']
  },
  {
    id: 'metode-flat',
    term: 'Metode flat',
    aliases: ['jasa tetap'],
    topic: 'pinjaman',
    definition:
      'Cara hitung jasa yang paling umum di koperasi: jasa tiap bulan dihitung dari plafon awal, sehingga angsurannya tetap.',
    rule: 'Pokok = P ÷ n; jasa = P × r setiap bulan; angsuran = P ÷ n + P × r.',
    basis: {
      sections: ['§4.2'],
      status: 'STANDARD',
      sources: [],
      note: 'Rumus baku dengan contoh uji yang dihitung tepat di DOMAIN.md.'
    },
    example: 'P Rp12.000.000, r 1,5 %, n 12: angsuran Rp1.180.000, total jasa Rp2.160.000.',
    related: ['metode-efektif', 'metode-anuitas', 'suku-efektif']
  },
  {
    id: 'metode-efektif',
    term: 'Metode efektif (menurun)',
    aliases: ['saldo menurun'],
    topic: 'pinjaman',
    definition: 'Jasa dihitung dari sisa pokok yang masih dipinjam, sehingga angsurannya makin kecil.',
    rule: 'Pokok = P ÷ n; jasa bulan ke-k = sisa pokok sebelum angsuran k × r.',
    basis: { sections: ['§4.2'], status: 'STANDARD', sources: [] },
    example:
      'P Rp12.000.000, r 1,5 %, n 12: angsuran pertama Rp1.180.000, terakhir Rp1.015.000; total jasa Rp1.170.000.',
    related: ['metode-flat', 'metode-anuitas']
  },
  {
    id: 'metode-anuitas',
    term: 'Metode anuitas',
    topic: 'pinjaman',
    definition: 'Angsuran tetap setiap bulan, tetapi bagian jasanya makin kecil dan bagian pokoknya makin besar.',
    rule: 'A = P × r ÷ (1 − (1 + r)^−n); jasa bulan ke-k = sisa pokok × r; pokok = A − jasa.',
    basis: { sections: ['§4.2'], status: 'STANDARD', sources: [] },
    example: 'P Rp12.000.000, r 1,5 %, n 12: angsuran Rp1.100.160 setiap bulan, total jasa Rp1.201.920.',
    related: ['metode-flat', 'metode-efektif']
  },
  {
    id: 'suku-efektif',
    term: 'Jasa efektif pinjaman flat',
    topic: 'pinjaman',
    definition:
      'Besar jasa sebenarnya dari pinjaman flat bila dihitung dari sisa pokok; selalu lebih tinggi daripada angka flat-nya.',
    rule: 'Anggota sebaiknya diberi tahu jasa efektif pinjaman flat: flat 1,5 % sebulan selama 12 bulan setara kira-kira 2,643 % sebulan (sekitar 31,7 % setahun).',
    basis: { sections: ['§4.2'], status: 'ASSUMED', sources: [], note: 'Praktik yang baik (asumsi).' },
    example:
      'Pinjaman flat Rp12.000.000 dengan jasa Rp180.000 sebulan: karena pokok terus berkurang, jasa itu setara ±2,643 % sebulan dari sisa pokok rata-rata.',
    related: ['metode-flat']
  },
  {
    id: 'provisi',
    term: 'Provisi',
    aliases: ['biaya administrasi pinjaman'],
    topic: 'pinjaman',
    definition: 'Biaya yang dibayar peminjam saat pinjaman dicairkan, biasanya persentase dari plafon.',
    rule: 'Biasanya 1–2 % dari plafon, dipotong saat pencairan, dicatat sebagai Pendapatan Provisi & Administrasi (4-1201). SAK EP memungkinkan provisi ditangguhkan dan diakui bertahap; bawaan Lumbung mencatatnya langsung.',
    basis: { sections: ['§4.3', '§1.2'], status: 'ASSUMED', sources: [] },
    example: 'Plafon Rp12.000.000 dengan provisi 1 %: provisi Rp120.000, anggota menerima Rp11.880.000.',
    related: ['pinjaman', 'pendapatan']
  },
  {
    id: 'denda',
    term: 'Denda keterlambatan',
    topic: 'pinjaman',
    definition: 'Tambahan yang dibayar bila angsuran terlambat melewati masa tenggang.',
    rule: 'Bentuk umum: 0,1 % sehari dari angsuran yang terlambat setelah masa tenggang 3–7 hari, atau jumlah tetap per angsuran, atau 1–3 % sebulan dari tunggakan. Dicatat sebagai Pendapatan Denda (4-1301).',
    basis: {
      sections: ['§4.3'],
      status: 'ASSUMED',
      sources: ['poljak-swastisari'],
      note: 'Koperasi menerbitkan Pola Kebijakan keterlambatan; angkanya diatur koperasi.'
    },
    example:
      'Angsuran Rp1.180.000 dibayar 10 hari terlambat, tenggang 3 hari, 0,1 % sehari: Rp1.180.000 × 0,1 % × 7 = Rp8.260.',
    related: ['masa-tenggang', 'urutan-pembayaran']
  },
  {
    id: 'masa-tenggang',
    term: 'Masa tenggang',
    topic: 'pinjaman',
    definition: 'Beberapa hari setelah jatuh tempo ketika keterlambatan belum didenda.',
    rule: 'Biasanya 3–7 hari; ditetapkan per produk pinjaman.',
    basis: { sections: ['§4.3'], status: 'ASSUMED', sources: [] },
    example:
      'Jatuh tempo 10 Mei, tenggang 3 hari: dibayar 13 Mei tanpa denda; dibayar 20 Mei kena denda 7 hari, misalnya Rp8.260.',
    related: ['denda']
  },
  {
    id: 'urutan-pembayaran',
    term: 'Urutan alokasi pembayaran',
    topic: 'pinjaman',
    definition: 'Urutan penggunaan uang angsuran yang diterima bila ada beberapa kewajiban.',
    rule: 'Bawaan: denda → jasa tertunggak → pokok tertunggak → jasa bulan berjalan → pokok bulan berjalan. Pembayaran yang kurang dari pelunasan tidak pernah dianggap pelunasan; sebelum dibukukan ditunjukkan pembagiannya dan sisa utangnya.',
    basis: { sections: ['§4.3'], status: 'ASSUMED', sources: [] },
    example:
      'Bayar Rp1.200.000 dengan denda Rp8.260 dan angsuran tertunggak Rp1.180.000: denda Rp8.260, jasa Rp180.000, pokok Rp1.000.000, sisa Rp11.740 untuk jasa bulan berjalan.',
    related: ['denda', 'angsuran', 'pelunasan-dipercepat']
  },
  {
    id: 'pelunasan-dipercepat',
    term: 'Pelunasan dipercepat',
    topic: 'pinjaman',
    definition: 'Melunasi pinjaman sebelum tenornya habis.',
    rule: 'Biaya pelunasan pada tanggal d di periode angsuran ke-k: denda yang belum dibayar + jasa dan pokok angsuran 1…k−1 yang belum dibayar + jasa angsuran ke-k + semua sisa pokok + penalti yang diatur. Pelunasan tepat pada tanggal jatuh tempo ke-k memuat jasa ke-k, bukan jasa ke-(k+1).',
    basis: { sections: ['§4.3'], status: 'ASSUMED', sources: [] },
    example:
      'Flat Rp1.200.000, jasa Rp18.000 sebulan, angsuran 1–3 lunas: pelunasan pada jatuh tempo ke-4 = Rp900.000 + Rp18.000 = Rp918.000; sehari sesudahnya Rp936.000.',
    related: ['urutan-pembayaran']
  },
  {
    id: 'bea-meterai',
    term: 'Bea meterai',
    topic: 'pajak',
    definition: 'Pajak atas dokumen, dibayar dengan meterai Rp10.000.',
    rule: 'Rp10.000 pada perjanjian pinjaman dan pada kuitansi untuk jumlah di atas Rp5.000.000 (UU 10/2020); ditanggung anggota atau dicatat sebagai beban.',
    basis: { sections: ['§4.3'], status: 'ASSUMED', sources: [] },
    example: 'Perjanjian pinjaman Rp12.000.000 diberi meterai Rp10.000.',
    related: ['pinjaman']
  },
  {
    id: 'bmpp',
    term: 'BMPP (batas maksimum pemberian pinjaman)',
    aliases: ['BMPP'],
    topic: 'pinjaman',
    definition:
      'Batas jumlah pinjaman yang boleh diberikan kepada satu pihak, agar dana anggota tidak terkumpul pada segelintir orang.',
    rule: 'Dihitung dari saldo pinjaman. Untuk pihak berelasi (pengurus, pengawas, koperasi terafiliasi) paling banyak 10 % dari modal sendiri, dengan persetujuan pengurus dan pengawas. Batas pihak lain: bawaan 20 % (asumsi).',
    basis: { sections: ['§4.1'], status: 'VERIFIED', sources: ['ddtc-bmpp'] },
    example: 'Modal sendiri Rp150.000.000: seorang pengurus paling banyak berutang Rp15.000.000 sekaligus.',
    related: ['pihak-berelasi', 'modal-sendiri']
  },
  {
    id: 'kolektibilitas',
    term: 'Kolektibilitas',
    aliases: ['kualitas pinjaman'],
    topic: 'pinjaman',
    definition: 'Penggolongan pinjaman menurut lancar tidaknya pembayarannya: lancar, kurang lancar, diragukan, macet.',
    rule: 'Aturan lama (Permenkop 20/2008 jo. 14/2009) memakai bulan tunggakan dan agunan. Bawaan Lumbung memakai hari tunggakan (DPD) untuk angsuran bulanan: lancar 0–90, kurang lancar 91–180, diragukan 181–270, macet lebih dari 270 hari; batas hari dapat diubah. Aturan umur: lewat 270 hari pinjaman tetap diragukan selama agunan pengurang paling sedikit 75 % dari baki debet ditambah jasa tertunggak, dan menjadi macet 21 bulan setelah masuk golongan diragukan (keduanya pengaturan).',
    basis: {
      sections: ['§4.4'],
      status: 'VERIFIED',
      sources: ['pincuranbonjo', '123dok-cu', 'flipbuilder-p77'],
      note: 'Pembagian hari (DPD) adalah usulan yang diturunkan dari aturan bulan (asumsi).'
    },
    example:
      'Sisa pinjaman Rp8.000.000 yang menunggak 120 hari tergolong kurang lancar; PPAP-nya 10 % × (Rp8.000.000 − agunan Rp3.000.000) = Rp500.000.',
    related: ['lancar', 'kurang-lancar', 'diragukan', 'macet', 'ppap', 'npl']
  },
  {
    id: 'lancar',
    term: 'Lancar',
    topic: 'pinjaman',
    definition: 'Pinjaman yang dibayar tepat waktu atau tunggakannya masih pendek.',
    rule: 'Bawaan: tunggakan 0–90 hari (angsuran bulanan; aturan lama ≤ 3 bulan). PPAP 0,5 % × baki debet, agunan tidak dikurangkan.',
    basis: {
      sections: ['§4.4'],
      status: 'ASSUMED',
      sources: ['pinjol-ppap', 'mediabpr'],
      note: 'Tabel PPAP gaya BPR terverifikasi untuk bank, dipakai koperasi sebagai bawaan.'
    },
    example: 'Baki debet lancar Rp100.000.000: PPAP 0,5 % = Rp500.000.',
    related: ['kolektibilitas', 'ppap']
  },
  {
    id: 'kurang-lancar',
    term: 'Kurang lancar',
    topic: 'pinjaman',
    definition: 'Pinjaman yang mulai bermasalah.',
    rule: 'Bawaan: tunggakan 91–180 hari. Aturan lama untuk angsuran bulanan: tunggakan pokok lebih dari 3 sampai 6 bulan. PPAP 10 % × (baki debet − agunan pengurang).',
    basis: {
      sections: ['§4.4'],
      status: 'VERIFIED',
      sources: ['pincuranbonjo', '123dok-cu', 'pinjol-ppap'],
      note: 'Batas hari: asumsi.'
    },
    example: 'Baki debet Rp8.000.000, agunan pengurang Rp3.000.000: PPAP 10 % × Rp5.000.000 = Rp500.000.',
    related: ['kolektibilitas', 'npl']
  },
  {
    id: 'diragukan',
    term: 'Diragukan',
    topic: 'pinjaman',
    definition: 'Pinjaman yang pengembaliannya diragukan.',
    rule: 'Bawaan: tunggakan 181–270 hari (aturan lama: tidak memenuhi kurang lancar tetapi masih dapat diselamatkan dengan agunan ≥ 75 % utang, atau tidak dapat diselamatkan tetapi agunan ≥ 100 %). PPAP 50 % × (baki debet − agunan pengurang).',
    basis: {
      sections: ['§4.4'],
      status: 'VERIFIED',
      sources: ['pincuranbonjo', '123dok-cu', 'pinjol-ppap'],
      note: 'Batas hari: asumsi.'
    },
    example: 'Baki debet Rp4.000.000 tanpa agunan: PPAP 50 % = Rp2.000.000.',
    related: ['kolektibilitas', 'macet']
  },
  {
    id: 'macet',
    term: 'Macet',
    topic: 'pinjaman',
    definition: 'Pinjaman yang praktis tidak dibayar lagi.',
    rule: 'Bawaan: tunggakan lebih dari 270 hari (kecuali agunan pengurang menutup paling sedikit 75 % dari baki debet ditambah jasa tertunggak), atau 21 bulan setelah digolongkan diragukan belum selesai. PPAP 100 % × (baki debet − agunan pengurang). Pinjaman macet dapat dihapusbukukan.',
    basis: {
      sections: ['§4.4'],
      status: 'VERIFIED',
      sources: ['pincuranbonjo', '123dok-cu', 'pinjol-ppap'],
      note: 'Batas hari: asumsi.'
    },
    example: 'Baki debet Rp2.000.000, agunan pengurang Rp500.000: PPAP 100 % × Rp1.500.000 = Rp1.500.000.',
    related: ['kolektibilitas', 'hapus-buku']
  },
  {
    id: 'dpd',
    term: 'Hari tunggakan (DPD)',
    aliases: ['days past due'],
    topic: 'pinjaman',
    definition: 'Berapa hari angsuran tertua yang belum dibayar sudah lewat jatuh tempo.',
    rule: 'Dasar penggolongan kolektibilitas bawaan Lumbung (0–90, 91–180, 181–270, > 270 hari). Pilihan lain gaya OJK/BPR: lancar 0, DPK 1–90, kurang lancar 91–120, diragukan 121–180, macet > 180 hari.',
    basis: {
      sections: ['§4.4'],
      status: 'ASSUMED',
      sources: ['rbtv-ojk'],
      note: 'Tabel OJK terverifikasi untuk bank.'
    },
    example: 'Angsuran Rp1.180.000 jatuh tempo 31 Januari belum dibayar sampai 1 Mei: 90 hari tunggakan, masih lancar.',
    related: ['kolektibilitas']
  },
  {
    id: 'baki-debet',
    term: 'Baki debet',
    aliases: ['sisa pokok', 'outstanding'],
    topic: 'pinjaman',
    definition: 'Sisa pokok pinjaman yang belum dibayar kembali.',
    rule: 'Saldo piutang pinjaman anggota (1-1401/1-1402); dasar PPAP, NPL dan BMPP.',
    basis: { sections: ['§2.1', '§4.4'], status: 'ASSUMED', sources: [] },
    example: 'Plafon Rp12.000.000 flat 12 bulan, 4 angsuran lunas: baki debet Rp8.000.000.',
    related: ['ppap', 'npl']
  },
  {
    id: 'agunan',
    term: 'Agunan pengurang',
    aliases: ['agunan', 'jaminan'],
    topic: 'pinjaman',
    definition: 'Nilai jaminan yang boleh dikurangkan dari sisa pinjaman saat menghitung PPAP.',
    rule: 'PPAP kurang lancar, diragukan dan macet dihitung dari (baki debet − agunan pengurang); hasil negatif dianggap nol; agunan tidak dikurangkan untuk pinjaman lancar.',
    basis: { sections: ['§4.4'], status: 'VERIFIED', sources: ['pinjol-ppap'] },
    example: 'Baki debet Rp8.000.000, agunan pengurang Rp9.000.000: dasar PPAP 0, jadi PPAP Rp0.',
    related: ['ppap']
  },
  {
    id: 'ppap',
    term: 'PPAP',
    aliases: ['penyisihan penghapusan aset produktif', 'CKPN', 'cadangan kerugian pinjaman'],
    topic: 'pinjaman',
    definition: 'Cadangan untuk kemungkinan pinjaman tidak kembali, disisihkan dari hasil usaha.',
    rule: 'PPAP wajib dibentuk (PPAPWD) = 0,5 % lancar + 10 % kurang lancar + 50 % diragukan + 100 % macet (tiga terakhir dari baki debet − agunan). Dibukukan di akhir periode: debit Beban Penyisihan (5-2104), kredit Cadangan Kerugian (1-1490). Juknis 2021 menilai PPAP dibentuk ÷ PPAP wajib dibentuk.',
    basis: {
      sections: ['§4.4', '§2.6'],
      status: 'VERIFIED',
      sources: ['pinjol-ppap', 'mediabpr', 'flipbuilder-p77'],
      note: 'Tabel BPR terverifikasi untuk bank; untuk koperasi bawaan (asumsi).'
    },
    example:
      'Lancar Rp100.000.000, kurang lancar Rp8.000.000 (agunan Rp3.000.000), diragukan Rp4.000.000, macet Rp2.000.000 (agunan Rp500.000): PPAP Rp500.000 + Rp500.000 + Rp2.000.000 + Rp1.500.000 = Rp4.500.000.',
    related: ['kolektibilitas', 'npl', 'agunan']
  },
  {
    id: 'npl',
    term: 'NPL (pinjaman bermasalah)',
    aliases: ['non performing loan', 'rasio pinjaman bermasalah'],
    topic: 'pinjaman',
    definition: 'Bagian pinjaman yang bermasalah (kurang lancar, diragukan, macet) dari seluruh pinjaman.',
    rule: 'NPL = (kurang lancar + diragukan + macet) ÷ total pinjaman. Juknis 2021: ≤ 5 % sehat, 5–10 % cukup sehat, 10–15 % kurang sehat, > 15 % tidak sehat.',
    basis: { sections: ['§4.4', '§8.1'], status: 'VERIFIED', sources: ['flipbuilder-p77'] },
    example: 'Bermasalah Rp14.000.000 dari total Rp114.000.000: NPL 12,28 % (kurang sehat).',
    related: ['kolektibilitas', 'kesehatan-koperasi']
  },
  {
    id: 'hapus-buku',
    term: 'Hapus buku',
    aliases: ['write-off'],
    topic: 'pinjaman',
    definition:
      'Mengeluarkan pinjaman macet dari daftar piutang dengan memakai cadangan PPAP; utang anggota tetap ditagih.',
    rule: 'Jurnal: debit Cadangan Kerugian (1-1490), kredit Piutang Pinjaman (1-1401). Bila kemudian dibayar, dicatat sebagai pemulihan.',
    basis: { sections: ['§2.6'], status: 'ASSUMED', sources: [] },
    example: 'Pinjaman macet Rp2.000.000 dihapusbukukan: piutang dan cadangan sama-sama berkurang Rp2.000.000.',
    related: ['macet', 'ppap']
  },

  // ------------------------------------------------------------------ SHU
  {
    id: 'shu',
    term: 'Sisa Hasil Usaha (SHU)',
    aliases: ['SHU'],
    topic: 'shu',
    definition:
      'Hasil bersih koperasi dalam satu tahun buku: semua pendapatan dikurangi biaya, penyusutan dan kewajiban lain termasuk pajak.',
    rule: 'UU 25/1992 Pasal 45: SHU = pendapatan setahun − biaya, penyusutan dan kewajiban lain termasuk pajak. Setelah dikurangi dana cadangan, SHU dibagi kepada anggota sebanding dengan jasa usaha masing-masing, dan dipakai untuk pendidikan perkoperasian dan keperluan lain sesuai keputusan RAT.',
    basis: { sections: ['§5.1'], status: 'VERIFIED', sources: ['wiwi-shu', 'mirnawati'] },
    example:
      'Pendapatan bersih Rp11.070.000 − beban Rp4.270.000 = SHU sebelum pajak Rp6.800.000; dikurangi PPh Rp267.850 = SHU dibagi Rp6.532.150.',
    related: ['dana-cadangan', 'jasa-modal', 'jasa-usaha', 'pembagian-shu']
  },
  {
    id: 'pembagian-shu',
    term: 'Pembagian SHU',
    aliases: ['alokasi SHU', 'persentase SHU'],
    topic: 'shu',
    definition: 'Cara SHU dibagi ke dana cadangan, jasa anggota dan dana-dana lain menurut persentase AD.',
    rule: 'Persentase ditetapkan AD/ART (tidak ada aturan nasional). Bawaan Lumbung: cadangan 40 %, jasa modal 20 %, jasa usaha 20 %, pengurus 5 %, karyawan 5 %, pendidikan 5 %, sosial 2,5 %, pembangunan daerah kerja 2,5 %; jumlahnya harus 100 %, cadangan > 0, jasa modal + jasa usaha > 0. Setiap komponen selain cadangan dibulatkan ke bawah; cadangan menerima sisanya sehingga jumlahnya tepat.',
    basis: {
      sections: ['§5.3', '§5.5'],
      status: 'VERIFIED',
      sources: ['wiwi-shu', 'github shu allocations'],
      note: 'Templat bawaan dan aturan pembulatan asumsi.'
    },
    example:
      'SHU Rp6.532.150: jasa modal Rp1.306.430, jasa usaha Rp1.306.430, pengurus Rp326.607, karyawan Rp326.607, pendidikan Rp326.607, sosial Rp163.303, pembangunan Rp163.303, cadangan Rp2.612.863.',
    related: ['shu', 'dana-cadangan', 'jasa-modal']
  },
  {
    id: 'dana-cadangan',
    term: 'Dana cadangan',
    aliases: ['cadangan umum', 'pemupukan cadangan'],
    topic: 'shu',
    definition: 'Bagian SHU yang tidak dibagi, disimpan untuk memperkuat modal dan menutup kerugian.',
    rule: 'SHU dibagi "setelah dikurangi dana cadangan"; besarnya ditetapkan rapat anggota (buku teks 40 %, praktik 5–60 %). Termasuk modal sendiri (3-4101). Kerugian dapat dibebankan ke cadangan atas keputusan RAT.',
    basis: {
      sections: ['§5.1', '§5.3', '§5.6', '§2.3'],
      status: 'VERIFIED',
      sources: ['wiwi-shu', '123dok-p41'],
      note: 'Pembebanan rugi ke cadangan: asumsi.'
    },
    example: 'Cadangan 40 % dari SHU Rp6.532.150 = Rp2.612.860; dengan sisa pembulatan menjadi Rp2.612.863.',
    related: ['shu', 'modal-sendiri', 'rugi']
  },
  {
    id: 'jasa-modal',
    term: 'Jasa modal (JM)',
    aliases: ['JM'],
    topic: 'shu',
    definition: 'Bagian SHU yang dibagi kepada anggota menurut besar simpanan pokok dan wajibnya.',
    rule: 'Jasa modal = persentase JM × SHU, dibulatkan ke bawah. Dibagi menurut S = simpanan pokok + wajib (bukan sukarela).',
    basis: { sections: ['§5.3', '§5.4'], status: 'VERIFIED', sources: ['beritaharianku', 'wiwi-shu'] },
    example: '20 % × Rp6.532.150 = Rp1.306.430 dibagi kepada anggota menurut simpanan pokok + wajib mereka.',
    related: ['jma', 'jasa-usaha']
  },
  {
    id: 'jasa-usaha',
    term: 'Jasa usaha (JU)',
    aliases: ['JU', 'jasa transaksi', 'jasa anggota'],
    topic: 'shu',
    definition: 'Bagian SHU yang dibagi kepada anggota menurut banyaknya transaksi mereka dengan koperasi.',
    rule: 'Jasa usaha = persentase JU × SHU, dibulatkan ke bawah. Dibagi menurut T = transaksi anggota (partisipasi).',
    basis: { sections: ['§5.3', '§5.4'], status: 'VERIFIED', sources: ['beritaharianku', 'wiwi-shu'] },
    example: '20 % × Rp6.532.150 = Rp1.306.430 dibagi menurut belanja dan jasa pinjaman yang dibayar anggota.',
    related: ['jua', 'partisipasi', 'jasa-modal']
  },
  {
    id: 'jma',
    term: 'JMA (jasa modal anggota)',
    aliases: ['JMA'],
    topic: 'shu',
    definition: 'Bagian jasa modal yang diterima seorang anggota.',
    rule: 'JMA = (S anggota ÷ S seluruh anggota) × jasa modal, dengan S = simpanan pokok + wajib (bawaan: saldo 31 Desember). Pembulatan: metode sisa terbesar sehingga jumlah JMA semua anggota tepat sama dengan jasa modal.',
    basis: {
      sections: ['§5.4', '§5.5'],
      status: 'VERIFIED',
      sources: ['beritaharianku'],
      note: 'Dasar S dan pembulatan: bawaan (asumsi).'
    },
    example:
      'S Anggota A Rp1.600.000 dari seluruh Rp4.500.000, jasa modal Rp1.306.430: Rp1.600.000 ÷ Rp4.500.000 × Rp1.306.430 = Rp464.508,44… → JMA Rp464.508.',
    related: ['jasa-modal', 'jua', 'sisa-terbesar']
  },
  {
    id: 'jua',
    term: 'JUA (jasa usaha anggota)',
    aliases: ['JUA'],
    topic: 'shu',
    definition: 'Bagian jasa usaha yang diterima seorang anggota.',
    rule: 'JUA = (T anggota ÷ T seluruh anggota) × jasa usaha, dengan T = transaksi anggota (bawaan: belanja bersih di gerai + jasa pinjaman yang dibayar + biaya layanan). Pembulatan: metode sisa terbesar.',
    basis: {
      sections: ['§5.4', '§5.5'],
      status: 'VERIFIED',
      sources: ['beritaharianku'],
      note: 'Dasar T dan pembulatan: bawaan (asumsi).'
    },
    example:
      'T Anggota A Rp19.170.000 dari seluruh Rp31.913.000, jasa usaha Rp1.306.430: Rp784.766,80… → JUA Rp784.767 (mendapat +Rp1 dari sisa terbesar).',
    related: ['jasa-usaha', 'partisipasi', 'jma']
  },
  {
    id: 'partisipasi',
    term: 'Partisipasi (transaksi anggota)',
    aliases: ['T', 'jasa usaha anggota'],
    topic: 'shu',
    definition: 'Seberapa banyak anggota memakai koperasi: belanja, jasa pinjaman yang dibayar, biaya layanan.',
    rule: 'Bawaan dasar T: belanja di gerai dikurangi retur + jasa pinjaman yang dibayar (bukan pokoknya) + biaya layanan (klinik, gudang, logistik). AD dapat memakai kelompok per unit atau pokok pinjaman.',
    basis: { sections: ['§5.4'], status: 'ASSUMED', sources: [] },
    example: 'Anggota A belanja Rp18.000.000 dan membayar jasa pinjaman Rp1.170.000: T = Rp19.170.000.',
    related: ['jua']
  },
  {
    id: 'sisa-terbesar',
    term: 'Pembulatan sisa terbesar',
    aliases: ['largest remainder', 'Hamilton'],
    topic: 'shu',
    definition: 'Cara membulatkan bagian SHU per anggota agar jumlahnya tepat sama dengan yang dibagi.',
    rule: 'Bulatkan ke bawah setiap bagian; sisa rupiah diberikan satu per satu kepada anggota dengan pecahan terbesar; bila sama, kepada nomor anggota yang lebih kecil. Pilihan lain: semua dibulatkan ke bawah dan sisanya masuk cadangan.',
    basis: { sections: ['§5.5', '§9.1'], status: 'ASSUMED', sources: [] },
    example:
      'JMA tepat: A 464.508,44; B 682.246,78; C 159.674,78. Setelah dibulatkan ke bawah jumlahnya Rp1.306.428, kurang Rp2 → B dan C mendapat +Rp1: Rp464.508, Rp682.247, Rp159.675 = Rp1.306.430.',
    related: ['jma', 'jua', 'pembulatan']
  },
  {
    id: 'dana-pengurus',
    term: 'Dana pengurus dan pengawas',
    topic: 'shu',
    definition: 'Bagian SHU untuk penghargaan kepada pengurus dan pengawas.',
    rule: 'Contoh umum 5 % (rentang 5–10 %), dicatat di 2-1602; berbeda dengan honor pengurus yang dibayar rutin sebagai beban 5-3102.',
    basis: { sections: ['§5.3', '§2.2', '§2.5'], status: 'VERIFIED', sources: ['wiwi-shu', 'github shu allocations'] },
    example: '5 % × Rp6.532.150 = Rp326.607.',
    related: ['pembagian-shu', 'pengurus']
  },
  {
    id: 'dana-karyawan',
    term: 'Dana karyawan',
    aliases: ['dana kesejahteraan pegawai'],
    topic: 'shu',
    definition: 'Bagian SHU untuk kesejahteraan karyawan koperasi.',
    rule: 'Contoh umum 5 % (rentang 5–10 %), dicatat di 2-1603.',
    basis: { sections: ['§5.3', '§2.2'], status: 'VERIFIED', sources: ['wiwi-shu', 'github shu allocations'] },
    example: '5 % × Rp6.532.150 = Rp326.607.',
    related: ['pembagian-shu']
  },
  {
    id: 'dana-sosial',
    term: 'Dana sosial',
    topic: 'shu',
    definition: 'Bagian SHU untuk kegiatan sosial di lingkungan koperasi.',
    rule: 'Contoh umum 5 % (rentang 2–10 %), dicatat di 2-1605; saat dipakai dana ini dikurangi langsung, bukan dicatat sebagai beban.',
    basis: { sections: ['§5.3', '§2.2'], status: 'VERIFIED', sources: ['wiwi-shu', 'github shu allocations'] },
    example: '2,5 % × Rp6.532.150 = Rp163.303 (dibulatkan ke bawah).',
    related: ['pembagian-shu']
  },
  {
    id: 'dana-pembangunan',
    term: 'Dana pembangunan daerah kerja',
    topic: 'shu',
    definition: 'Bagian SHU untuk pembangunan lingkungan tempat koperasi bekerja.',
    rule: 'Contoh umum 5 % (rentang 1–10 %), dicatat di 2-1606.',
    basis: { sections: ['§5.3', '§2.2'], status: 'VERIFIED', sources: ['wiwi-shu', 'github shu allocations'] },
    example: '2,5 % × Rp6.532.150 = Rp163.303.',
    related: ['pembagian-shu']
  },
  {
    id: 'pihak-anggota',
    term: 'Usaha dengan anggota dan bukan anggota',
    aliases: ['non-anggota', 'pihak'],
    topic: 'shu',
    definition: 'Pendapatan dari transaksi dengan anggota dipisahkan dari transaksi dengan bukan anggota.',
    rule: 'SHU dari usaha dengan anggota kembali kepada anggota; SHU dari bukan anggota tidak dibagi sebagai jasa anggota, melainkan ke cadangan atau dana sesuai AD. Lumbung mendukung satu kelompok SHU (bawaan) atau dua kelompok terpisah; pada dua kelompok, biaya bersama dan pajak dibagi menurut laba kotor.',
    basis: {
      sections: ['§5.2'],
      status: 'VERIFIED',
      sources: ['mirnawati', 'psak27-scribd', 'github shu allocations'],
      note: 'Cara membagi biaya bersama: asumsi.'
    },
    example:
      'Penjualan sembako Rp50.000.000 terdiri dari anggota Rp28.583.000 dan non-anggota Rp21.417.000; hanya belanja anggota yang menjadi dasar jasa usaha.',
    related: ['shu', 'jua']
  },
  {
    id: 'shu-belum-dibagi',
    term: 'SHU belum dibagi',
    topic: 'shu',
    definition: 'SHU tahun lalu yang menunggu keputusan pembagian di RAT.',
    rule: 'Saat tutup buku, SHU tahun berjalan (3-5101) dipindah ke SHU Belum Dibagi (3-5102). Setelah RAT memutuskan, 3-5102 didebit dan dana-dana serta SHU bagian anggota (2-1601) dikredit pada tanggal RAT.',
    basis: { sections: ['§2.3', '§2.6', '§9.3'], status: 'ASSUMED', sources: [] },
    example: 'SHU 2025 Rp6.532.150 menunggu di 3-5102 sampai RAT 15 Maret 2026 membaginya.',
    related: ['tutup-buku', 'shu']
  },
  {
    id: 'rugi',
    term: 'Rugi (SHU negatif)',
    topic: 'shu',
    definition: 'Bila biaya lebih besar dari pendapatan, SHU negatif dan tidak ada yang dibagi.',
    rule: 'Tidak ada pembagian; rugi dibebankan ke cadangan atas keputusan RAT atau dibawa ke tahun berikutnya. Pada pembubaran, anggota menanggung rugi paling banyak sebesar simpanan pokok, wajib dan modal penyertaannya (Pasal 55, dari ingatan).',
    basis: { sections: ['§5.6', '§3.4'], status: 'ASSUMED', sources: [] },
    example: 'Pendapatan Rp8.000.000, beban Rp9.500.000: rugi Rp1.500.000, tidak ada SHU yang dibagi tahun itu.',
    related: ['dana-cadangan', 'shu']
  },

  // ------------------------------------------------------------------ pembukuan
  {
    id: 'jurnal',
    term: 'Jurnal',
    aliases: ['jurnal umum', 'pencatatan berpasangan'],
    topic: 'pembukuan',
    definition:
      'Catatan satu kejadian keuangan: tanggal, keterangan, akun yang didebit dan akun yang dikredit dengan jumlah yang sama.',
    rule: 'Setiap kejadian uang dicatat berpasangan (debit = kredit). Lumbung membuat jurnal baku untuk setoran simpanan, pencairan dan angsuran pinjaman, penjualan, PPAP, tutup buku dan pembagian SHU.',
    basis: { sections: ['§2.6'], status: 'ASSUMED', sources: [] },
    example:
      'Anggota baru membayar simpanan pokok Rp50.000: debit Kas (1-1101) Rp50.000, kredit Simpanan Pokok (3-1101) Rp50.000.',
    related: ['debit-kredit', 'akun', 'pembalikan']
  },
  {
    id: 'debit-kredit',
    term: 'Debit dan kredit',
    topic: 'pembukuan',
    definition: 'Dua sisi setiap jurnal. Debit menambah aset dan beban; kredit menambah utang, modal dan pendapatan.',
    rule: 'Setiap akun punya saldo normal: aset dan beban di debit (D), liabilitas, ekuitas dan pendapatan di kredit (K); akun lawan (misalnya akumulasi penyusutan) kebalikannya.',
    basis: { sections: ['§2'], status: 'ASSUMED', sources: [] },
    example:
      'Membeli ATK Rp120.000 tunai: debit Beban ATK Rp120.000 (beban bertambah), kredit Kas Rp120.000 (aset berkurang).',
    related: ['jurnal', 'akun']
  },
  {
    id: 'akun',
    term: 'Akun dan bagan akun',
    aliases: ['perkiraan', 'COA'],
    topic: 'pembukuan',
    definition:
      'Akun adalah "laci" tempat jumlah sejenis dikumpulkan; bagan akun adalah daftar semua laci itu dengan kodenya.',
    rule: 'Kode T-GGSS: 1 aset, 2 liabilitas, 3 ekuitas, 4 pendapatan, 5 beban. Tidak ada bagan akun nasional yang wajib; kode yang sudah dipakai tidak diubah, akun dapat dinonaktifkan.',
    basis: { sections: ['§2'], status: 'ASSUMED', sources: ['123dok-p41'] },
    example: 'Akun 1-1101 Kas Kantor berisi Rp2.500.000; akun 4-2101 Penjualan Sembako – Anggota berisi Rp28.583.000.',
    related: ['debit-kredit', 'buku-besar']
  },
  {
    id: 'buku-besar',
    term: 'Buku besar',
    topic: 'pembukuan',
    definition: 'Kumpulan semua catatan per akun beserta saldonya, disusun dari jurnal.',
    rule: 'Buku kas/jurnal dan buku besar melengkapi 16 buku administrasi. Rincian per anggota harus sama dengan akun kontrol di buku besar.',
    basis: { sections: ['§1.5', '§9.8'], status: 'VERIFIED', sources: ['github buku-data.ts', 'accountingplus'] },
    example:
      'Buku besar Kas: saldo awal Rp1.000.000 + setoran wajib Rp1.200.000 − beban listrik Rp600.000 = Rp1.600.000.',
    related: ['jurnal', 'akun-kontrol', 'neraca-saldo']
  },
  {
    id: 'buku-kas',
    term: 'Buku kas',
    topic: 'pembukuan',
    definition: 'Catatan uang tunai masuk dan keluar, dengan bukti (voucher) bernomor.',
    rule: 'Bagian dari pembukuan di atas 16 buku administrasi; uang fisik diperiksa dengan kas opname.',
    basis: { sections: ['§1.5', '§6.1'], status: 'VERIFIED', sources: ['github buku-data.ts', 'kopkar-jim'] },
    example:
      'Kas masuk Rp1.200.000 dari setoran wajib, kas keluar Rp600.000 untuk listrik: saldo kas bertambah Rp600.000.',
    related: ['kas-opname', 'buku-besar']
  },
  {
    id: 'neraca-saldo',
    term: 'Neraca saldo',
    topic: 'pembukuan',
    definition:
      'Daftar saldo semua akun pada satu tanggal untuk memeriksa bahwa jumlah debit sama dengan jumlah kredit.',
    rule: 'Karena setiap jurnal seimbang, jumlah saldo debit semua akun selalu sama dengan jumlah saldo kredit.',
    basis: { sections: ['§2'], status: 'ASSUMED', sources: [] },
    example: 'Jumlah saldo debit Rp150.400.000 = jumlah saldo kredit Rp150.400.000.',
    related: ['buku-besar', 'debit-kredit']
  },
  {
    id: 'pembalikan',
    term: 'Jurnal pembalik',
    aliases: ['koreksi', 'reversal'],
    topic: 'pembukuan',
    definition:
      'Jurnal baru dengan sisi debit dan kredit dibalik, untuk membatalkan jurnal yang salah tanpa menghapusnya.',
    rule: 'Kesalahan dibatalkan dengan jurnal pembalik, tidak pernah dengan menghapus; jejaknya tetap terlihat oleh pengawas.',
    basis: { sections: ['§9.8'], status: 'ASSUMED', sources: [] },
    example:
      'Setoran wajib Rp100.000 salah dicatat Rp1.000.000: jurnal pembalik Rp1.000.000, lalu jurnal benar Rp100.000.',
    related: ['jurnal', 'periode-terkunci']
  },
  {
    id: 'periode-terkunci',
    term: 'Tutup bulan (periode terkunci)',
    aliases: ['tutup buku bulanan', 'kunci periode'],
    topic: 'pembukuan',
    definition: 'Bulan yang sudah selesai dikunci agar tidak ada lagi catatan yang berubah di bulan itu.',
    rule: 'Tutup buku bulanan mengunci periode yang sudah dibukukan; membuka kembali perlu persetujuan pengurus dan tercatat di jejak audit.',
    basis: { sections: ['§9.3'], status: 'ASSUMED', sources: [] },
    example:
      'Januari dikunci 5 Februari; jurnal tertanggal 20 Januari sebesar Rp50.000 ditolak sampai Januari dibuka kembali dengan alasan.',
    related: ['tutup-buku', 'pembalikan']
  },
  {
    id: 'tutup-buku',
    term: 'Tutup buku tahunan',
    topic: 'pembukuan',
    definition: 'Pekerjaan akhir tahun buku: semua pendapatan dan beban dipindahkan ke SHU, lalu tahun itu dikunci.',
    rule: 'Saldo pendapatan dan beban dipindah lewat Ikhtisar Hasil Usaha (3-9999) ke SHU Tahun Berjalan (3-5101), lalu ke SHU Belum Dibagi (3-5102). RAT biasanya 2–5 bulan setelah akhir tahun sementara transaksi tahun baru tetap dicatat; jurnal pembagian SHU bertanggal hari RAT.',
    basis: { sections: ['§9.3', '§2.6'], status: 'ASSUMED', sources: [] },
    example: 'Pendapatan 2025 Rp53.570.000 dan beban Rp47.037.850 ditutup: SHU Belum Dibagi bertambah Rp6.532.150.',
    related: ['shu-belum-dibagi', 'periode-terkunci']
  },
  {
    id: 'tahun-buku',
    term: 'Tahun buku',
    topic: 'pembukuan',
    definition: 'Masa satu tahun yang dipertanggungjawabkan dalam RAT.',
    rule: 'Periode tahunan 1 Januari–31 Desember; koperasi baru boleh melaporkan periode pertama yang lebih pendek.',
    basis: { sections: ['§1.2'], status: 'VERIFIED', sources: ['ddtc-lampiran', 'diskop-kalbar', 'ddtc-periodik'] },
    example:
      'Koperasi berdiri 12 Juli 2025: tahun buku pertama 12 Juli–31 Desember 2025, misalnya dengan SHU Rp1.250.000.',
    related: ['tutup-buku', 'rat']
  },

  // ------------------------------------------------------------------ laporan keuangan
  {
    id: 'sak-ep',
    term: 'SAK EP',
    aliases: ['SAK Entitas Privat', 'SAK ETAP'],
    topic: 'laporan',
    definition: 'Standar akuntansi untuk entitas privat yang berlaku sejak 1 Januari 2025, menggantikan SAK ETAP.',
    rule: 'Permenkop 2/2024: koperasi yang menjalankan simpan pinjam wajib memakai SAK EP, paling lambat tahun buku 2025; tingkat SAK tidak boleh turun. Laporan berbahasa Indonesia, dalam rupiah, ditandatangani pengurus.',
    basis: {
      sections: ['§1.2'],
      status: 'VERIFIED',
      sources: ['gustani', 'koperasisah', 'ddtc-level', 'updates', 'ddtc-bahasa'],
      note: 'Penerapan pada seluruh KDKMP (karena punya USP) adalah tafsiran (asumsi).'
    },
    example:
      'KDKMP dengan unit simpan pinjam menyusun laporan keuangan 2025 menurut SAK EP, misalnya aset Rp320.000.000 dan SHU Rp6.532.150.',
    related: ['neraca', 'laporan-hasil-usaha', 'arus-kas', 'calk', 'sak-emkm']
  },
  {
    id: 'sak-emkm',
    term: 'SAK EMKM',
    topic: 'laporan',
    definition: 'Standar akuntansi yang lebih sederhana untuk usaha mikro, kecil dan menengah.',
    rule: 'Koperasi sektor riil tanpa pengawas sektor memakai SAK Indonesia, SAK EP atau SAK EMKM. Lumbung memakai bentuk SAK EP, dengan SAK EMKM sebagai cadangan untuk koperasi tanpa USP.',
    basis: {
      sections: ['§1.2'],
      status: 'VERIFIED',
      sources: ['koperasisah', 'ddtc-level'],
      note: 'Pilihan cadangan SAK EMKM: asumsi.'
    },
    example:
      'Koperasi yang hanya menjual sembako (penjualan Rp50.000.000 setahun) tanpa simpan pinjam boleh memakai SAK EMKM.',
    related: ['sak-ep']
  },
  {
    id: 'neraca',
    term: 'Neraca (laporan posisi keuangan)',
    aliases: ['laporan posisi keuangan', 'neraca'],
    topic: 'laporan',
    definition: 'Gambaran apa yang dimiliki koperasi (aset) dan dari mana asalnya (utang dan modal) pada satu tanggal.',
    rule: 'Aset = liabilitas + ekuitas. Untuk KSP/USP aset diurutkan menurut likuiditas tanpa dipisah lancar/tidak lancar, dan liabilitas menurut jatuh tempo. Disajikan dengan pembanding tahun lalu.',
    basis: { sections: ['§1.2', '§6.1'], status: 'VERIFIED', sources: ['ddtc-lampiran', 'diskop-kalbar'] },
    example: 'Aset Rp320.000.000 = liabilitas Rp120.000.000 + ekuitas Rp200.000.000.',
    related: ['aset', 'liabilitas', 'ekuitas']
  },
  {
    id: 'laporan-hasil-usaha',
    term: 'Laporan perhitungan hasil usaha',
    aliases: ['laporan laba rugi', 'PHU'],
    topic: 'laporan',
    definition: 'Laporan pendapatan dan beban selama tahun buku, yang hasil akhirnya adalah SHU.',
    rule: 'Satu laporan berisi SHU dan penghasilan komprehensif lain; dapat dirinci per unit usaha dan anggota/non-anggota.',
    basis: { sections: ['§1.2', '§6.1'], status: 'VERIFIED', sources: ['ddtc-lampiran', 'diskop-kalbar'] },
    example: 'Pendapatan bersih Rp11.070.000 − beban Rp4.270.000 − pajak Rp267.850 = SHU Rp6.532.150.',
    related: ['shu', 'pendapatan', 'beban']
  },
  {
    id: 'perubahan-ekuitas',
    term: 'Laporan perubahan ekuitas',
    topic: 'laporan',
    definition: 'Laporan yang menunjukkan mengapa modal koperasi bertambah atau berkurang selama setahun.',
    rule: 'Laporan tersendiri menurut Permenkop 2/2024. Banyak koperasi melewatkannya; itu salah satu kesalahan penyajian yang umum.',
    basis: {
      sections: ['§1.2', '§9.8'],
      status: 'VERIFIED',
      sources: ['ddtc-lampiran', 'untan-piutang', '123dok-cu-brayan']
    },
    example:
      'Ekuitas awal Rp180.000.000 + simpanan wajib baru Rp13.467.850 + SHU Rp6.532.150 = ekuitas akhir Rp200.000.000.',
    related: ['ekuitas']
  },
  {
    id: 'arus-kas',
    term: 'Laporan arus kas',
    topic: 'laporan',
    definition:
      'Laporan dari mana uang kas datang dan ke mana perginya, dibagi kegiatan operasi, investasi dan pendanaan.',
    rule: 'Untuk KSP/USP arus kas operasi memakai metode langsung (penerimaan dan pengeluaran kas apa adanya).',
    basis: {
      sections: ['§1.2', '§9.8'],
      status: 'VERIFIED',
      sources: ['ddtc-lampiran', 'diskop-kalbar', 'untan-piutang']
    },
    example:
      'Penerimaan angsuran Rp14.160.000 dan pencairan pinjaman Rp11.880.000 masuk kegiatan operasi; pembelian timbangan Rp2.000.000 masuk investasi.',
    related: ['neraca']
  },
  {
    id: 'calk',
    term: 'CALK (catatan atas laporan keuangan)',
    aliases: ['CALK'],
    topic: 'laporan',
    definition: 'Penjelasan tertulis yang menyertai laporan keuangan: kebijakan akuntansi dan rincian angka.',
    rule: 'Berisi kebijakan akuntansi, rincian pos, kolektibilitas dan PPAP, aset tetap dan penyusutan, peristiwa setelah tanggal neraca, pihak berelasi, dan tanah desa yang dipakai tanpa diserahkan.',
    basis: {
      sections: ['§1.2', '§6.1'],
      status: 'VERIFIED',
      sources: ['ddtc-lampiran'],
      note: 'Isi rinci CALK disusun dari buku RAT contoh.'
    },
    example:
      'CALK menjelaskan bahwa tanah desa seluas 500 m² yang dipakai gerai bukan aset koperasi, sedangkan bangunan gerai Rp150.000.000 adalah aset koperasi.',
    related: ['sak-ep']
  },
  {
    id: 'aset',
    term: 'Aset',
    aliases: ['harta'],
    topic: 'pembukuan',
    definition:
      'Semua yang dimiliki koperasi dan bernilai uang: kas, bank, piutang pinjaman, persediaan, bangunan, kendaraan.',
    rule: 'Akun berkode 1, saldo normal debit. Tanah desa yang dipakai tanpa diserahkan bukan aset koperasi; gedung yang sedang dibangun dicatat sebagai Aset dalam Penyelesaian.',
    basis: { sections: ['§2.1', '§1.4'], status: 'ASSUMED', sources: [] },
    example: 'Kas Rp2.500.000 + piutang pinjaman Rp8.000.000 + persediaan Rp3.840.000 = aset Rp14.340.000.',
    related: ['neraca', 'aset-tetap', 'persediaan']
  },
  {
    id: 'liabilitas',
    term: 'Liabilitas (utang)',
    aliases: ['utang', 'kewajiban'],
    topic: 'pembukuan',
    definition: 'Semua yang harus dibayar koperasi kepada pihak lain, termasuk simpanan sukarela anggota.',
    rule: 'Akun berkode 2, saldo normal kredit: simpanan sukarela, utang pajak, utang usaha, dana-dana SHU, utang bank. Dana-dana SHU yang dipakai dikurangi langsung, bukan dibebankan.',
    basis: { sections: ['§2.2'], status: 'ASSUMED', sources: [] },
    example: 'Simpanan sukarela Rp15.000.000 + utang usaha ke pemasok Rp4.000.000 = liabilitas Rp19.000.000.',
    related: ['neraca', 'modal-luar']
  },
  {
    id: 'ekuitas',
    term: 'Ekuitas (modal)',
    aliases: ['modal'],
    topic: 'pembukuan',
    definition: 'Bagian aset yang menjadi milik koperasi dan anggotanya sendiri setelah semua utang dibayar.',
    rule: 'Akun berkode 3, saldo normal kredit: simpanan pokok, wajib, khusus, modal penyertaan, hibah, cadangan, SHU. Bawaan: simpanan pokok dan wajib disajikan sebagai ekuitas; ada pilihan menyajikannya sebagai liabilitas (masih terbuka, §10).',
    basis: {
      sections: ['§2.3', '§1.2'],
      status: 'VERIFIED',
      sources: ['123dok-p41'],
      note: 'Perlakuan SAK EP untuk simpanan pokok/wajib belum pasti (asumsi bawaan: ekuitas).'
    },
    example: 'Aset Rp320.000.000 − liabilitas Rp120.000.000 = ekuitas Rp200.000.000.',
    related: ['modal-sendiri', 'neraca']
  },
  {
    id: 'modal-sendiri',
    term: 'Modal sendiri',
    topic: 'laporan',
    definition: 'Modal yang berasal dari anggota dan koperasi sendiri, bukan pinjaman.',
    rule: 'UU 25/1992 Pasal 41: simpanan pokok, simpanan wajib, dana cadangan dan hibah. Untuk laporan ODS: pokok + wajib + cadangan + hibah (+ SHU belum dibagi, asumsi). Dasar BMPP dan rasio kesehatan.',
    basis: { sections: ['§1.2', '§7.1', '§8.2'], status: 'VERIFIED', sources: ['123dok-p41', 'bimtek-sumbar'] },
    example:
      'Pokok Rp6.000.000 + wajib Rp24.000.000 + cadangan Rp2.612.863 + hibah Rp100.000.000 = modal sendiri Rp132.612.863.',
    related: ['modal-luar', 'ekuitas', 'bmpp']
  },
  {
    id: 'modal-luar',
    term: 'Modal luar (modal pinjaman)',
    topic: 'laporan',
    definition: 'Dana yang dipakai koperasi tetapi harus dikembalikan: simpanan sukarela, utang bank, utang lain.',
    rule: 'Untuk laporan ODS/Dinas: jumlah liabilitas, termasuk simpanan sukarela dan pinjaman bank.',
    basis: { sections: ['§7.1'], status: 'VERIFIED', sources: ['bimtek-sumbar', 'github rekap'] },
    example: 'Simpanan sukarela Rp15.000.000 + utang bank Rp100.000.000 = modal luar Rp115.000.000.',
    related: ['modal-sendiri', 'liabilitas']
  },
  {
    id: 'modal-penyertaan',
    term: 'Modal penyertaan',
    topic: 'laporan',
    definition: 'Modal yang ditanamkan pihak lain, misalnya pemerintah desa dari Dana Desa.',
    rule: 'Dicatat di 3-2101 (klasifikasi asumsi; sebagian praktisi menganggapnya liabilitas). Diberitakan paling sedikit 20 % Dana Desa dapat menjadi penyertaan modal KDKMP. Dalam penilaian kesehatan lama paling banyak 50 % penyertaan dihitung sebagai modal sendiri.',
    basis: {
      sections: ['§2.3', '§1.4', '§8.2'],
      status: 'VERIFIED',
      sources: ['radarnesia', 'desasmart', 'infokop', 'dinas-taput'],
      note: 'Sumber berita sekunder; klasifikasi akun asumsi.'
    },
    example: 'Desa menyertakan Rp50.000.000: debit Bank Rp50.000.000, kredit Modal Penyertaan Rp50.000.000.',
    related: ['modal-sendiri', 'hibah']
  },
  {
    id: 'hibah',
    term: 'Hibah',
    aliases: ['modal donasi'],
    topic: 'pembukuan',
    definition: 'Pemberian yang tidak perlu dikembalikan.',
    rule: 'Hibah modal termasuk modal sendiri (Pasal 41) dan dicatat di 3-3101; hibah untuk biaya operasional dicatat sebagai Pendapatan Hibah Operasional (4-3106, asumsi).',
    basis: { sections: ['§2.3', '§2.4', '§1.2'], status: 'VERIFIED', sources: ['123dok-p41'] },
    example: 'Bantuan pemerintah Rp100.000.000 untuk modal: debit Kas Rp100.000.000, kredit Hibah Rp100.000.000.',
    related: ['modal-sendiri']
  },
  {
    id: 'pendapatan',
    term: 'Pendapatan',
    topic: 'pembukuan',
    definition: 'Penghasilan koperasi dari usahanya: jasa pinjaman, provisi, denda, penjualan, jasa layanan.',
    rule: 'Akun berkode 4, saldo normal kredit; pendapatan yang menjadi dasar pemisahan SHU anggota/non-anggota dicatat dengan keterangan pihak.',
    basis: { sections: ['§2.4'], status: 'ASSUMED', sources: [] },
    example: 'Jasa pinjaman Rp3.330.000 + provisi Rp240.000 + penjualan Rp50.000.000 = pendapatan Rp53.570.000.',
    related: ['beban', 'laporan-hasil-usaha']
  },
  {
    id: 'beban',
    term: 'Beban',
    aliases: ['biaya'],
    topic: 'pembukuan',
    definition:
      'Pengeluaran untuk menjalankan koperasi dalam tahun buku: gaji, listrik, penyusutan, jasa simpanan, pajak.',
    rule: 'Akun berkode 5, saldo normal debit; beban pajak penghasilan dicatat di bawah "SHU sebelum pajak".',
    basis: { sections: ['§2.5'], status: 'ASSUMED', sources: [] },
    example:
      'Gaji Rp3.000.000 + listrik Rp600.000 + penyusutan Rp400.000 + jasa simpanan Rp150.000 + rapat Rp120.000 = beban Rp4.270.000.',
    related: ['pendapatan', 'hpp', 'penyusutan']
  },
  {
    id: 'hpp',
    term: 'HPP (harga pokok penjualan)',
    aliases: ['harga pokok', 'HPP'],
    topic: 'pembukuan',
    definition: 'Harga beli barang yang sudah terjual.',
    rule: 'Dicatat otomatis setiap penjualan (persediaan perpetual): debit HPP (5-1101), kredit Persediaan (1-1601) sebesar harga pokoknya. Laba kotor = penjualan − HPP.',
    basis: { sections: ['§2.5', '§2.6'], status: 'ASSUMED', sources: [] },
    example: 'Beras dijual Rp14.000 per kg, harga pokok rata-rata Rp12.000: HPP Rp12.000, laba kotor Rp2.000 per kg.',
    related: ['persediaan', 'rata-rata-bergerak']
  },
  {
    id: 'persediaan',
    term: 'Persediaan',
    aliases: ['stok'],
    topic: 'pembukuan',
    definition: 'Barang dagangan yang belum terjual: sembako, obat, bahan klinik, pupuk, LPG.',
    rule: 'Dicatat perpetual (setiap pembelian dan penjualan) dengan harga rata-rata bergerak; obat apotek memerlukan catatan batch dan kedaluwarsa. Akun 1-1601 sampai 1-1604.',
    basis: { sections: ['§2.1'], status: 'ASSUMED', sources: [] },
    example: '300 kg beras dengan harga pokok Rp12.000 = persediaan Rp3.600.000.',
    related: ['hpp', 'stock-opname']
  },
  {
    id: 'rata-rata-bergerak',
    term: 'Harga rata-rata bergerak',
    aliases: ['moving average'],
    topic: 'pembukuan',
    definition: 'Harga pokok per satuan yang dihitung ulang setiap kali barang dibeli.',
    rule: 'Harga rata-rata baru = (nilai stok lama + nilai pembelian) ÷ (jumlah stok lama + jumlah dibeli).',
    basis: { sections: ['§2.1'], status: 'ASSUMED', sources: [] },
    example:
      'Stok 100 kg × Rp11.000 = Rp1.100.000, dibeli 100 kg × Rp13.000 = Rp1.300.000: rata-rata Rp2.400.000 ÷ 200 kg = Rp12.000.',
    related: ['persediaan', 'hpp']
  },
  {
    id: 'stock-opname',
    term: 'Stock opname',
    aliases: ['opname persediaan'],
    topic: 'pembukuan',
    definition: 'Menghitung barang yang benar-benar ada di gudang dan membandingkannya dengan catatan.',
    rule: 'Selisihnya dicatat di Selisih Persediaan (5-1109). Pengawas memakai stock opname dalam pemeriksaannya; daftar persediaan dilampirkan di buku RAT.',
    basis: { sections: ['§2.5', '§6.1'], status: 'VERIFIED', sources: ['kopkar-jim'] },
    example:
      'Catatan 320 kg beras, dihitung 300 kg: selisih 20 kg × Rp12.000 = Rp240.000 dicatat sebagai selisih persediaan.',
    related: ['persediaan', 'laporan-pengawas']
  },
  {
    id: 'aset-tetap',
    term: 'Aset tetap',
    aliases: ['inventaris'],
    topic: 'pembukuan',
    definition: 'Barang milik koperasi yang dipakai lebih dari setahun: bangunan, kendaraan, mesin, komputer.',
    rule: 'Dicatat di akun 1-3xxx sebesar harga perolehan dan disusutkan; daftar inventaris dan penyusutan dilampirkan di buku RAT.',
    basis: { sections: ['§2.1', '§6.1'], status: 'ASSUMED', sources: [] },
    example: 'Timbangan digital dibeli Rp2.400.000 untuk dipakai 4 tahun.',
    related: ['penyusutan', 'akumulasi-penyusutan']
  },
  {
    id: 'penyusutan',
    term: 'Penyusutan',
    aliases: ['depresiasi'],
    topic: 'pembukuan',
    definition: 'Membagi harga aset tetap ke beban selama masa pakainya, karena aset itu makin lama makin aus.',
    rule: 'Lumbung memakai garis lurus bulanan: penyusutan sebulan = (harga perolehan − nilai sisa) ÷ masa manfaat dalam bulan; debit Beban Penyusutan (5-3301), kredit Akumulasi Penyusutan. Kesalahan penyusutan termasuk masalah penyajian yang sering ditemukan.',
    basis: {
      sections: ['§2.5', '§9.8'],
      status: 'VERIFIED',
      sources: ['untan-piutang', '123dok-cu-brayan'],
      note: 'Metode garis lurus bulanan adalah pilihan Lumbung (asumsi).'
    },
    example:
      'Timbangan Rp2.400.000, masa manfaat 48 bulan, tanpa nilai sisa: penyusutan Rp50.000 sebulan, Rp600.000 setahun.',
    related: ['aset-tetap', 'akumulasi-penyusutan']
  },
  {
    id: 'akumulasi-penyusutan',
    term: 'Akumulasi penyusutan',
    topic: 'pembukuan',
    definition: 'Jumlah semua penyusutan yang sudah dibukukan atas sebuah aset; mengurangi nilai aset di neraca.',
    rule: 'Akun lawan aset (kode x9, saldo normal kredit); nilai buku = harga perolehan − akumulasi penyusutan.',
    basis: { sections: ['§2.1'], status: 'ASSUMED', sources: [] },
    example: 'Timbangan Rp2.400.000 setelah 12 bulan: akumulasi Rp600.000, nilai buku Rp1.800.000.',
    related: ['penyusutan']
  },
  {
    id: 'piutang-usaha',
    term: 'Piutang usaha (bon gerai)',
    aliases: ['bon', 'piutang dagang'],
    topic: 'pembukuan',
    definition: 'Belanja anggota atau pelanggan di gerai yang belum dibayar.',
    rule: 'Dicatat di 1-1501 (anggota) atau 1-1502 (non-anggota); saat anggota keluar, bon gerai dikurangkan dari haknya.',
    basis: { sections: ['§2.1', '§3.4'], status: 'ASSUMED', sources: [] },
    example: 'Ibu Siti berbelanja Rp150.000 dengan bon: piutang usaha anggota bertambah Rp150.000 sampai dibayar.',
    related: ['pengembalian-simpanan']
  },
  {
    id: 'utang-usaha',
    term: 'Utang usaha',
    topic: 'pembukuan',
    definition: 'Pembelian barang dari pemasok yang belum dibayar.',
    rule: 'Dicatat di 2-1301 (pemasok sembako, PBF/obat).',
    basis: { sections: ['§2.2'], status: 'ASSUMED', sources: [] },
    example: 'Membeli 500 kg beras Rp6.000.000 dengan tempo 30 hari: utang usaha Rp6.000.000.',
    related: ['liabilitas']
  },
  {
    id: 'pembulatan',
    term: 'Aturan pembulatan',
    topic: 'pajak',
    definition:
      'Rupiah disimpan tanpa sen; setiap perhitungan yang menghasilkan pecahan dibulatkan sekali dengan aturan yang disebut.',
    rule: 'Jasa pinjaman: setengah ke atas. Jasa simpanan: ke bawah. Komponen SHU: ke bawah, sisanya ke cadangan. SHU anggota: sisa terbesar. Pajak: setengah ke atas (< 0,50 ke bawah, ≥ 0,50 ke atas). Jumlah bagian selalu tepat sama dengan keseluruhannya.',
    basis: {
      sections: ['§9.1'],
      status: 'VERIFIED',
      sources: ['balaka-issue'],
      note: 'Aturan pajak terverifikasi; aturan lain bawaan (asumsi).'
    },
    example:
      'Jasa simpanan Rp4.931,5 dibulatkan ke bawah menjadi Rp4.931; pajak Rp26.750,5 dibulatkan ke atas menjadi Rp26.751.',
    related: ['sisa-terbesar', 'penulisan-rupiah']
  },
  {
    id: 'penulisan-rupiah',
    term: 'Penulisan rupiah',
    topic: 'pajak',
    definition: 'Cara menulis jumlah uang yang benar menurut ejaan bahasa Indonesia.',
    rule: '"Rp" langsung diikuti angka, tanpa spasi dan tanpa titik; titik memisahkan ribuan; koma sebelum sen. Kuitansi dan perjanjian juga menulis jumlahnya dengan huruf (terbilang).',
    basis: { sections: ['§9.2'], status: 'VERIFIED', sources: ['indonesiabaik', 'edutorial'] },
    example: 'Rp1.249.275 (satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah).',
    related: ['pembulatan']
  },
  {
    id: 'pph-final-koperasi',
    term: 'PPh final 0,5 % koperasi',
    aliases: ['pajak koperasi', 'PP 55/2022'],
    topic: 'pajak',
    definition: 'Pajak penghasilan koperasi yang dihitung dari omzet, bagi koperasi dengan omzet kecil.',
    rule: 'Koperasi dengan omzet ≤ Rp4,8 miliar setahun boleh memakai PPh final 0,5 % dari peredaran bruto (PP 23/2018 → PP 55/2022) untuk beberapa tahun (4 tahun untuk koperasi); selain itu PPh Badan biasa. SHU yang dibagikan kepada anggota perorangan tidak lagi menjadi objek pajak sejak UU Cipta Kerja.',
    basis: { sections: ['§9.6'], status: 'VERIFIED', sources: ['djp-shu'] },
    example: 'Peredaran bruto Rp53.570.000 × 0,5 % = PPh final Rp267.850.',
    related: ['shu', 'pph-jasa-simpanan']
  },
  {
    id: 'nik',
    term: 'NIK (Nomor Induk Kependudukan)',
    aliases: ['KTP'],
    topic: 'organisasi',
    definition: 'Nomor 16 angka pada KTP setiap warga. Berbeda dengan Nomor Induk Koperasi.',
    rule: 'Susunan: provinsi (2), kabupaten/kota (2), kecamatan (2), tanggal lahir (perempuan +40), bulan, dua angka tahun, nomor urut (4). Salah bila bukan 16 angka, bulan di luar 01–12, tanggal di luar 01–31 atau 41–71, atau nomor urut 0000. NIK yang sama tidak boleh dipakai dua anggota.',
    basis: { sections: ['§9.4'], status: 'VERIFIED', sources: ['dukcapil-klaten', 'cnn', 'tribun'] },
    example:
      'NIK 3273054508900001: Jawa Barat, Kota Bandung, perempuan lahir 5 Agustus 1990. Ia membayar simpanan pokok Rp50.000 dengan NIK itu tercatat di Buku Daftar Anggota.',
    related: ['buku-daftar-anggota', 'nik-koperasi']
  },

  // ------------------------------------------------------------------ Lumbung's own documents
  {
    id: 'lembar-anggota',
    term: 'Lembar Anggota',
    topic: 'rat',
    definition:
      'Satu halaman untuk setiap anggota tentang tahunnya di koperasi: simpanan, pinjaman, bagian SHU dengan penjelasannya, serta hak dan kewajibannya. Dibagikan saat RAT.',
    rule: 'Angkanya diambil dari buku: saldo simpanan sama dengan buku simpanan, SHU sama dengan perhitungan SHU per anggota (JMA + JUA) di lampiran buku RAT.',
    basis: {
      sections: ['§5.4', '§6.1', '§9.8'],
      status: 'ASSUMED',
      sources: ['kopkar-jim'],
      note: 'Dokumen tambahan Lumbung, menyusun ulang lampiran per anggota buku RAT.'
    },
    example: 'Lembar Anggota A: simpanan pokok + wajib Rp1.600.000, JMA Rp464.508, JUA Rp784.767, SHU Rp1.249.275.',
    related: ['buku-rat', 'buku-simpanan', 'jma', 'jua']
  },
  {
    id: 'hak-kewajiban-anggota',
    term: 'Hak dan kewajiban anggota',
    topic: 'organisasi',
    definition: 'Apa yang boleh diharapkan dan apa yang harus dilakukan setiap anggota.',
    rule: 'Hak: satu suara dalam rapat anggota tanpa diwakilkan; memakai layanan koperasi (pinjaman USP hanya untuk anggota); menerima SHU menurut simpanan dan transaksinya; menerima kembali simpanan pokok dan wajib saat keluar. Kewajiban: membayar simpanan pokok dan wajib; mematuhi AD/ART dan keputusan rapat; menanggung rugi paling banyak sebesar simpanan pokok, wajib dan penyertaannya bila koperasi dibubarkan.',
    basis: {
      sections: ['§1.3', '§3.1', '§3.4', '§4.1', '§5.4', '§5.6', '§9.5'],
      status: 'VERIFIED',
      sources: ['kopani-ad', 'curup', 'ddtc-himpun', 'beritaharianku'],
      note: 'Batas tanggungan rugi (Pasal 55) dan syarat keanggotaan: asumsi.'
    },
    example:
      'Anggota dengan wajib Rp10.000 sebulan berkewajiban menyetor Rp120.000 setahun dan berhak atas JMA dan JUA dari SHU, misalnya Rp1.249.275.',
    related: ['anggota', 'satu-anggota-satu-suara', 'simpanan-wajib', 'shu']
  }
] as const satisfies readonly GlossaryEntryDef[]

export type GlossaryId = (typeof ENTRIES)[number]['id']
export type GlossaryEntry = GlossaryEntryDef & { id: GlossaryId }

export const GLOSSARY: readonly GlossaryEntry[] = ENTRIES as readonly GlossaryEntry[]

const BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]))

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id)
}

export function isGlossaryId(id: string): id is GlossaryId {
  return BY_ID.has(id)
}

/** Lower case, no accents, single spaces: what search compares. */
export function normalizeSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
}

/**
 * Entries matching every word of the query, best first: the term itself, then an alias, then the
 * definition, then the rule or example. An empty query lists everything by term.
 */
export function searchGlossary(query: string): GlossaryEntry[] {
  const words = normalizeSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'id'))
  const scored: { e: GlossaryEntry; score: number }[] = []
  for (const e of GLOSSARY) {
    const term = normalizeSearch(e.term)
    const aliases = normalizeSearch(('aliases' in e ? (e.aliases ?? []) : []).join(' '))
    const def = normalizeSearch(e.definition)
    const rest = normalizeSearch(`${e.rule} ${e.example}`)
    let score = 0
    let all = true
    for (const w of words) {
      if (term.split(' ').some((t) => t.startsWith(w))) score += term.startsWith(w) ? 12 : 10
      else if (aliases.split(' ').some((t) => t.startsWith(w))) score += 8
      else if (def.includes(w)) score += 3
      else if (rest.includes(w)) score += 1
      else all = false
    }
    if (all) scored.push({ e, score: score + (term === words.join(' ') ? 20 : 0) })
  }
  return scored.sort((a, b) => b.score - a.score || a.e.term.localeCompare(b.e.term, 'id')).map((x) => x.e)
}

export function statusLabel(s: RuleStatus): string {
  return s === 'VERIFIED' ? 'Terverifikasi' : s === 'STANDARD' ? 'Rumus baku' : 'Asumsi (dapat diatur)'
}
