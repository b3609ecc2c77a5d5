import type { GlossaryId } from './glossary'

/**
 * Bank soal Tes pemahaman: multiple-choice questions by topic, each with one correct answer, an
 * explanation and the section of docs/DOMAIN.md it rests on. Authoring convention: the
 * correct option is written first (`answer` 0); every paper shuffles the options.
 */

export const QUIZ_TOPICS = [
  'PRINSIP',
  'HAK_KEWAJIBAN',
  'SIMPANAN',
  'PINJAMAN',
  'SHU',
  'RAT',
  'PEMBUKUAN',
  'TATA_KELOLA',
  'KDKMP'
] as const
export type QuizTopic = (typeof QUIZ_TOPICS)[number]

export const QUIZ_TOPIC_LABELS: Record<QuizTopic, string> = {
  PRINSIP: 'Prinsip koperasi',
  HAK_KEWAJIBAN: 'Hak dan kewajiban anggota',
  SIMPANAN: 'Simpanan',
  PINJAMAN: 'Pinjaman',
  SHU: 'SHU',
  RAT: 'RAT',
  PEMBUKUAN: 'Pembukuan',
  TATA_KELOLA: 'Tata kelola',
  KDKMP: 'KDKMP'
}

export const QUIZ_ROLES = ['PENGURUS', 'PENGAWAS', 'ANGGOTA'] as const
export type QuizRole = (typeof QUIZ_ROLES)[number]

export const QUIZ_ROLE_LABELS: Record<QuizRole, string> = {
  PENGURUS: 'Pengurus',
  PENGAWAS: 'Pengawas',
  ANGGOTA: 'Anggota'
}

export interface BankQuestion {
  id: string
  topic: QuizTopic
  roles: readonly QuizRole[]
  question: string
  options: readonly string[]
  /** Index of the one correct option. */
  answer: number
  explanation: string
  /** Section(s) of DOMAIN.md. */
  basis: string
  terms: readonly GlossaryId[]
}

const ROLE_CODES: Record<string, QuizRole> = { A: 'ANGGOTA', P: 'PENGURUS', W: 'PENGAWAS' }

function q(
  id: string,
  topic: QuizTopic,
  roles: 'APW' | 'PW' | 'P' | 'W' | 'AP',
  question: string,
  options: [string, string, string, string],
  explanation: string,
  basis: string,
  terms: readonly GlossaryId[] = []
): BankQuestion {
  return {
    id,
    topic,
    roles: [...roles].map((c) => ROLE_CODES[c]!),
    question,
    options,
    answer: 0,
    explanation,
    basis,
    terms
  }
}

export const QUESTION_BANK: readonly BankQuestion[] = [
  // ------------------------------------------------------------------ prinsip koperasi
  q(
    'PR01',
    'PRINSIP',
    'APW',
    'Manakah yang termasuk prinsip koperasi yang dinilai dalam pemeriksaan kesehatan koperasi?',
    [
      'Pengelolaan yang demokratis',
      'Keuntungan sebesar-besarnya untuk pemodal',
      'Keanggotaan yang diwariskan',
      'Hak suara menurut besar simpanan'
    ],
    'Aspek Tata Kelola menilai tujuh prinsip: keanggotaan sukarela dan terbuka, pengelolaan demokratis, pembagian SHU yang adil, balas jasa terbatas terhadap modal, kemandirian, pendidikan perkoperasian, dan kerja sama antarkoperasi.',
    '§8.1',
    ['prinsip-koperasi']
  ),
  q(
    'PR02',
    'PRINSIP',
    'APW',
    'Keanggotaan koperasi bersifat …',
    [
      'sukarela dan terbuka',
      'wajib bagi semua warga desa',
      'tertutup, hanya untuk keluarga pengurus',
      'turun-temurun kepada anak'
    ],
    '"Keanggotaan sukarela dan terbuka" adalah prinsip pertama yang dinilai dalam aspek Tata Kelola pemeriksaan kesehatan.',
    '§8.1',
    ['prinsip-koperasi', 'anggota']
  ),
  q(
    'PR03',
    'PRINSIP',
    'APW',
    'Apa arti "balas jasa terbatas terhadap modal"?',
    [
      'SHU dibagi bukan menurut simpanan saja, tetapi juga menurut transaksi anggota',
      'Simpanan anggota tidak boleh diberi imbalan apa pun',
      'Anggota dengan simpanan terbesar mendapat seluruh SHU',
      'Modal koperasi dibatasi paling banyak Rp5.000.000'
    ],
    'UU 25/1992 Pasal 45: SHU dibagi sebanding dengan jasa usaha anggota; pembagian tidak berdasarkan modal saja. Jasa simpanan tetap boleh diberikan secara wajar sesuai keputusan rapat anggota.',
    '§5.1',
    ['balas-jasa-terbatas']
  ),
  q(
    'PR04',
    'PRINSIP',
    'APW',
    'Mengapa sebagian SHU disisihkan untuk dana pendidikan?',
    [
      'Pendidikan perkoperasian termasuk prinsip koperasi',
      'Untuk membayar sekolah anak pengurus',
      'Karena diwajibkan bank penyalur pinjaman',
      'Untuk membayar pajak penghasilan koperasi'
    ],
    'Pendidikan perkoperasian adalah salah satu dari tujuh prinsip yang dinilai; menurut Pasal 45, SHU juga dipakai untuk pendidikan perkoperasian sesuai keputusan RAT.',
    '§5.1, §8.1',
    ['dana-pendidikan', 'prinsip-koperasi']
  ),
  q(
    'PR05',
    'PRINSIP',
    'APW',
    'Kerja sama antarkoperasi adalah …',
    [
      'salah satu prinsip koperasi yang dinilai dalam tata kelola',
      'dilarang karena koperasi harus bersaing',
      'kewajiban membayar iuran bulanan kepada koperasi lain',
      'hanya boleh dilakukan dengan bank'
    ],
    'Kerja sama antarkoperasi termasuk tujuh indikator Prinsip Koperasi pada aspek Tata Kelola (Juknis 15/2021).',
    '§8.1',
    ['prinsip-koperasi']
  ),
  q(
    'PR06',
    'PRINSIP',
    'APW',
    'Manakah yang BUKAN prinsip koperasi menurut daftar pemeriksaan kesehatan?',
    [
      'Pembagian keuntungan hanya menurut besar modal',
      'Kemandirian',
      'Pendidikan perkoperasian',
      'Pengelolaan yang demokratis'
    ],
    'Justru "balas jasa terbatas terhadap modal" yang menjadi prinsip: pembagian tidak boleh hanya menurut modal. Kemandirian, pendidikan perkoperasian dan pengelolaan demokratis termasuk tujuh prinsip.',
    '§8.1, §5.1',
    ['prinsip-koperasi', 'balas-jasa-terbatas']
  ),
  q(
    'PR07',
    'PRINSIP',
    'APW',
    'Pembagian SHU yang adil artinya …',
    [
      'anggota yang lebih banyak bertransaksi dengan koperasi mendapat jasa usaha lebih besar',
      'setiap anggota mendapat jumlah yang sama',
      'pengurus mendapat bagian terbesar',
      'SHU hanya dibagi kepada para pendiri'
    ],
    'SHU dibagi sebanding dengan jasa usaha (transaksi) anggota: JUA = T anggota ÷ T seluruh anggota × jasa usaha.',
    '§5.1, §5.4',
    ['jua', 'prinsip-koperasi']
  ),
  q(
    'PR08',
    'PRINSIP',
    'APW',
    'Dalam rapat anggota, anggota dengan simpanan Rp5.000.000 punya berapa suara?',
    [
      'Satu suara, sama dengan anggota lain',
      'Lima suara',
      'Sebanyak persentase simpanannya',
      'Dua suara karena simpanannya besar'
    ],
    'Satu anggota satu suara, berapa pun simpanannya; itulah pengelolaan demokratis.',
    '§1.3',
    ['satu-anggota-satu-suara']
  ),
  q(
    'PR09',
    'PRINSIP',
    'APW',
    'SHU yang berasal dari usaha dengan anggota kembali kepada …',
    ['para anggota', 'pemerintah desa', 'pembeli yang bukan anggota', 'bank penyalur pinjaman'],
    'Menurut tradisi PSAK 27 yang diikuti koperasi, SHU dari usaha dengan anggota kembali kepada anggota; SHU dari bukan anggota masuk cadangan atau dana sesuai AD.',
    '§5.2',
    ['pihak-anggota', 'shu']
  ),
  q(
    'PR10',
    'PRINSIP',
    'APW',
    'Koperasi primer paling sedikit didirikan oleh berapa orang?',
    ['9 orang', '20 orang', '3 orang', '100 orang'],
    'Sejak UU Cipta Kerja (UU 6/2023) koperasi primer dapat didirikan oleh paling sedikit 9 orang; sebelumnya 20 orang.',
    '§1.3',
    ['koperasi-primer']
  ),
  q(
    'PR11',
    'PRINSIP',
    'APW',
    'SHU dari usaha dengan bukan anggota …',
    [
      'tidak dibagikan sebagai jasa anggota, melainkan ke cadangan atau dana sesuai AD',
      'dibagi rata kepada semua anggota',
      'dikembalikan kepada pembeli bukan anggota',
      'wajib diserahkan kepada pemerintah desa'
    ],
    'SHU dari bukan anggota tidak dibagi sebagai jasa anggota; AD menentukan ke mana (cadangan atau dana). Lumbung dapat memisahkan keduanya (dua kelompok SHU).',
    '§5.2',
    ['pihak-anggota']
  ),
  q(
    'PR12',
    'PRINSIP',
    'APW',
    'Siapa yang memutuskan penggunaan SHU untuk pendidikan dan keperluan koperasi lainnya?',
    ['Rapat anggota', 'Bendahara sendiri', 'Dinas Koperasi', 'Bank penyalur pinjaman'],
    'Pasal 45: SHU juga dipakai untuk pendidikan perkoperasian dan keperluan lain "sesuai keputusan Rapat Anggota"; besar cadangan juga ditetapkan rapat anggota.',
    '§5.1',
    ['rat', 'shu']
  ),

  // ------------------------------------------------------------------ hak dan kewajiban anggota
  q(
    'HK01',
    'HAK_KEWAJIBAN',
    'APW',
    'Kapan seseorang resmi menjadi anggota koperasi?',
    [
      'Sejak terdaftar dan menandatangani Buku Daftar Anggota',
      'Sejak mengisi formulir di kantor desa',
      'Sejak pertama kali berbelanja di gerai',
      'Setelah menerima SHU pertama'
    ],
    'Keanggotaan mulai berlaku sejak terdaftar dan tercatat dalam Daftar Anggota; tanda tangan di buku adalah tindakan hukumnya.',
    '§1.5',
    ['anggota', 'buku-daftar-anggota']
  ),
  q(
    'HK02',
    'HAK_KEWAJIBAN',
    'APW',
    'Simpanan apa yang wajib dibayar setiap anggota?',
    [
      'Simpanan pokok (sekali) dan simpanan wajib (berkala)',
      'Hanya simpanan sukarela',
      'Simpanan berjangka setiap bulan',
      'Tidak ada; semua simpanan boleh dipilih'
    ],
    'Simpanan pokok dibayar sekali saat masuk, simpanan wajib dibayar berkala; simpanan sukarela bebas jumlah dan waktunya.',
    '§3.1',
    ['simpanan-pokok', 'simpanan-wajib']
  ),
  q(
    'HK03',
    'HAK_KEWAJIBAN',
    'APW',
    'Bolehkah anggota koperasi primer mewakilkan suaranya kepada orang lain dalam RAT?',
    ['Tidak boleh', 'Boleh kepada anggota keluarga', 'Boleh dengan surat kuasa bermeterai', 'Boleh kepada pengurus'],
    'Di koperasi primer tidak ada pemberian suara melalui kuasa: satu anggota satu suara, hadir sendiri.',
    '§1.3',
    ['satu-anggota-satu-suara']
  ),
  q(
    'HK04',
    'HAK_KEWAJIBAN',
    'APW',
    'Saat anggota keluar, apa yang ia terima?',
    [
      'Simpanan pokok, wajib dan sukarelanya, dikurangi utangnya kepada koperasi',
      'Hanya simpanan sukarela',
      'Tidak ada; simpanan menjadi milik koperasi',
      'Bagian dana cadangan dibagi rata'
    ],
    'Hak = pokok + wajib + sukarela (+ jasa berjalan + SHU yang sudah diputuskan); kewajiban = sisa pinjaman, jasa tertunggak, denda, bon gerai; yang dibayar adalah selisihnya. Waktu pembayarannya diatur AD.',
    '§3.4',
    ['pengembalian-simpanan']
  ),
  q(
    'HK05',
    'HAK_KEWAJIBAN',
    'APW',
    'Siapa yang boleh meminjam di unit simpan pinjam koperasi?',
    ['Anggota koperasi', 'Siapa saja warga desa', 'Hanya pengurus', 'Pedagang dari luar desa'],
    'Pinjaman KSP/USP diberikan kepada anggota (dan koperasi lain dengan perjanjian kerja sama). Melayani bukan anggota berarti masuk pengawasan OJK.',
    '§4.1, §1.1',
    ['pinjaman', 'usp']
  ),
  q(
    'HK06',
    'HAK_KEWAJIBAN',
    'APW',
    'Seorang anggota meninggal dunia. Apa yang diterima ahli warisnya?',
    [
      'Saldo simpanannya, tetapi ahli waris tidak otomatis menjadi anggota',
      'Keanggotaannya beserta hak suaranya',
      'Tidak ada apa-apa',
      'Seluruh SHU koperasi tahun itu'
    ],
    'Keanggotaan melekat pada orangnya dan tidak dapat dipindahkan. Bawaan Lumbung (asumsi, AD yang menentukan): ahli waris menerima saldo simpanan tetapi tidak mewarisi keanggotaan.',
    '§3.4, §1.5',
    ['pengembalian-simpanan', 'anggota']
  ),
  q(
    'HK07',
    'HAK_KEWAJIBAN',
    'APW',
    'Bila koperasi dibubarkan dan rugi, paling banyak berapa kerugian yang ditanggung seorang anggota?',
    [
      'Sebesar simpanan pokok, simpanan wajib dan modal penyertaannya',
      'Tidak terbatas, sampai harta pribadinya',
      'Sebesar simpanan sukarelanya saja',
      'Tidak menanggung apa pun'
    ],
    'Pada pembubaran anggota menanggung rugi hanya sampai simpanan pokok, wajib dan penyertaannya (UU 25/1992 Pasal 55; bunyi pasal dikutip dari ingatan, belum diverifikasi).',
    '§5.6, §3.4',
    ['rugi']
  ),
  q(
    'HK08',
    'HAK_KEWAJIBAN',
    'APW',
    'Besar SHU yang diterima seorang anggota ditentukan oleh …',
    [
      'simpanan pokok + wajibnya dan transaksinya dengan koperasi',
      'lamanya menjadi anggota',
      'jabatannya di koperasi',
      'jumlah anggota keluarganya'
    ],
    'SHU anggota = JMA (menurut simpanan pokok + wajib) + JUA (menurut transaksi).',
    '§5.4',
    ['jma', 'jua']
  ),
  q(
    'HK09',
    'HAK_KEWAJIBAN',
    'APW',
    'Anggota yang menunggak simpanan wajib …',
    [
      'dapat tidak diberi pinjaman baru atau SHU bila AD mengaturnya',
      'otomatis dikeluarkan dari koperasi',
      'wajib membayar denda 10 % sebulan menurut undang-undang',
      'kehilangan simpanan pokoknya'
    ],
    'Akibat tunggakan wajib diatur AD: misalnya tidak boleh meminjam baru atau tidak ikut SHU. Lumbung menyimpannya sebagai pengaturan (bawaan: tetap ikut SHU).',
    '§3.2, §5.4',
    ['tunggakan-wajib']
  ),
  q(
    'HK10',
    'HAK_KEWAJIBAN',
    'APW',
    'Apa kewajiban anggota terhadap AD/ART?',
    [
      'Menerima dan mematuhi AD/ART serta keputusan rapat anggota',
      'Mengubahnya sendiri bila tidak setuju',
      'Tidak ada; AD hanya untuk pengurus',
      'Menandatanganinya ulang setiap bulan'
    ],
    'Menerima AD/ART adalah syarat keanggotaan yang umum (asumsi, §9.5); keputusan rapat anggota mengikat semua anggota.',
    '§9.5, §1.3',
    ['ad-art']
  ),
  q(
    'HK11',
    'HAK_KEWAJIBAN',
    'APW',
    'Siapa yang memilih pengurus dan pengawas?',
    ['Rapat anggota', 'Kepala desa', 'Dinas Koperasi', 'Bendahara lama'],
    'Pemilihan pengurus dan pengawas adalah acara RAT bila masa jabatannya berakhir. (Di KDKMP Kepala Desa menjadi Ketua Pengawas karena jabatannya.)',
    '§6.1, §1.4',
    ['pengurus', 'pengawas', 'rat']
  ),
  q(
    'HK12',
    'HAK_KEWAJIBAN',
    'APW',
    'Bolehkah simpanan wajib diambil ketika anggota sedang butuh uang?',
    [
      'Tidak, selama masih menjadi anggota',
      'Boleh, kapan saja',
      'Boleh setelah satu tahun',
      'Boleh bila disetujui bendahara'
    ],
    'Simpanan wajib (juga pokok) tidak dapat diambil selama masih menjadi anggota; baru dikembalikan saat keluar. Untuk kebutuhan mendadak ada simpanan sukarela atau pinjaman.',
    '§3.1',
    ['simpanan-wajib']
  ),
  q(
    'HK13',
    'HAK_KEWAJIBAN',
    'APW',
    'Simpanan mana yang boleh diambil anggota kapan saja?',
    ['Simpanan sukarela', 'Simpanan pokok', 'Simpanan wajib', 'Simpanan berjangka sebelum jatuh tempo'],
    'Simpanan sukarela dapat diambil setiap saat; karena itu dicatat sebagai utang koperasi kepada anggota.',
    '§3.1',
    ['simpanan-sukarela']
  ),
  q(
    'HK14',
    'HAK_KEWAJIBAN',
    'APW',
    'Syarat umum menjadi anggota KDKMP (diatur AD) adalah …',
    [
      'WNI, cakap hukum, tinggal atau bekerja di desa/kelurahan, bersedia membayar simpanan pokok dan wajib',
      'Memiliki tanah di desa',
      'Berusia di atas 40 tahun',
      'Menjadi pegawai negeri'
    ],
    'Syarat yang umum dipakai (asumsi, AD yang menentukan): WNI, cakap hukum (≥ 17 tahun atau sudah menikah), berdomisili atau bekerja di desa/kelurahan, bersedia membayar pokok dan wajib, menerima AD/ART.',
    '§9.5',
    ['anggota']
  ),
  q(
    'HK15',
    'HAK_KEWAJIBAN',
    'APW',
    'Apakah calon anggota yang belum disahkan ikut pembagian SHU?',
    [
      'Tidak; menurut bawaan SHU dibagi kepada anggota aktif per 31 Desember',
      'Ya, setengah bagian',
      'Ya, sama seperti anggota',
      'Ya, bila sudah berbelanja'
    ],
    'Keanggotaan dimulai saat tercatat di Daftar Anggota; bawaan kelayakan SHU adalah anggota aktif pada 31 Desember tahun buku.',
    '§5.4, §1.5',
    ['calon-anggota', 'shu']
  ),

  // ------------------------------------------------------------------ simpanan
  q(
    'SI01',
    'SIMPANAN',
    'APW',
    'Simpanan pokok dibayar …',
    ['sekali, ketika masuk menjadi anggota', 'setiap bulan', 'setiap tahun saat RAT', 'setiap kali meminjam'],
    'Simpanan pokok dibayar sekali saat masuk (boleh dicicil bila AD mengizinkan) dan tidak dapat diambil selama masih anggota.',
    '§3.1',
    ['simpanan-pokok']
  ),
  q(
    'SI02',
    'SIMPANAN',
    'APW',
    'Besar simpanan pokok …',
    [
      'sama untuk semua anggota',
      'bergantung pada penghasilan anggota',
      'ditentukan bendahara untuk tiap orang',
      'naik sendiri setiap tahun'
    ],
    'UU 25/1992 (sebagaimana dirangkum PSAK 27): "simpanan pokok adalah sejumlah uang yang sama banyaknya … dibayarkan pada saat masuk menjadi anggota".',
    '§3.1',
    ['simpanan-pokok']
  ),
  q(
    'SI03',
    'SIMPANAN',
    'APW',
    'Besar simpanan wajib …',
    [
      'boleh berbeda antaranggota dan diputuskan musyawarah',
      'selalu sama untuk semua anggota menurut undang-undang',
      'ditetapkan nasional Rp10.000',
      'ditentukan Dinas Koperasi'
    ],
    'Juklak 1/2025: simpanan wajib dibayar berkala, jumlahnya boleh berbeda antaranggota dan diputuskan musyawarah; tidak ada besaran nasional.',
    '§1.4, §3.1',
    ['simpanan-wajib']
  ),
  q(
    'SI04',
    'SIMPANAN',
    'APW',
    'Adakah besaran simpanan pokok dan wajib yang ditetapkan secara nasional untuk KDKMP?',
    [
      'Tidak ada; ditetapkan musyawarah/AD koperasi',
      'Ada: Rp50.000 dan Rp10.000',
      'Ada: Rp100.000 dan Rp20.000',
      'Ada: sesuai upah minimum'
    ],
    'Tidak ada besaran nasional. Contoh yang ditemukan berbeda-beda: Rp50.000/Rp10.000 (ilustrasi Kemenkop), Rp25.000/Rp5.000, Rp5.000/Rp2.000, dan lainnya.',
    '§1.4',
    ['simpanan-pokok', 'simpanan-wajib', 'ad-art']
  ),
  q(
    'SI05',
    'SIMPANAN',
    'APW',
    'Simpanan sukarela dicatat di neraca sebagai …',
    ['utang (liabilitas) koperasi kepada anggota', 'modal sendiri', 'pendapatan koperasi', 'hibah'],
    'Simpanan sukarela dapat diambil setiap saat, maka dicatat sebagai liabilitas (akun 2-1101), bukan modal sendiri.',
    '§3.1, §2.2',
    ['simpanan-sukarela', 'liabilitas']
  ),
  q(
    'SI06',
    'SIMPANAN',
    'APW',
    'Mengapa simpanan sukarela tidak dihitung sebagai modal sendiri?',
    [
      'Karena dapat diambil anggota setiap saat',
      'Karena jumlahnya kecil',
      'Karena tidak mendapat jasa',
      'Karena hanya dimiliki pengurus'
    ],
    'Modal sendiri menurut Pasal 41: simpanan pokok, wajib, dana cadangan, hibah. Simpanan sukarela harus siap dikembalikan kapan saja.',
    '§3.1, §1.2',
    ['simpanan-sukarela', 'modal-sendiri']
  ),
  q(
    'SI07',
    'SIMPANAN',
    'APW',
    'Simpanan pokok dan simpanan wajib termasuk …',
    ['modal sendiri koperasi (UU 25/1992 Pasal 41)', 'utang bank', 'pendapatan koperasi', 'dana sosial'],
    'Pasal 41 menggolongkan simpanan pokok, simpanan wajib, dana cadangan dan hibah sebagai modal sendiri. (Penyajiannya menurut SAK EP masih dibahas; bawaan: ekuitas.)',
    '§1.2, §2.3',
    ['modal-sendiri', 'simpanan-pokok']
  ),
  q(
    'SI08',
    'SIMPANAN',
    'APW',
    'Saldo terendah sukarela bulan Juni Rp2.000.000, jasa 3 % setahun, cara saldo terendah. Berapa jasa Juni?',
    ['Rp5.000', 'Rp60.000', 'Rp6.000', 'Rp500'],
    'Jasa sebulan = saldo terendah × jasa setahun ÷ 12 = Rp2.000.000 × 3 % ÷ 12 = Rp5.000 (dibulatkan ke bawah). Rp60.000 adalah jasa setahun.',
    '§3.3',
    ['jasa-simpanan', 'saldo-terendah']
  ),
  q(
    'SI09',
    'SIMPANAN',
    'APW',
    'Jasa simpanan seorang anggota Rp200.000 dalam satu bulan. Berapa PPh yang dipotong?',
    ['Rp0, karena tidak lebih dari Rp240.000', 'Rp20.000', 'Rp4.000', 'Rp10.000'],
    'PP 15/2009: jasa simpanan anggota perorangan sampai Rp240.000 sebulan tidak dipotong PPh.',
    '§9.6',
    ['pph-jasa-simpanan']
  ),
  q(
    'SI10',
    'SIMPANAN',
    'PW',
    'Jasa simpanan seorang anggota Rp300.000 dalam satu bulan. Berapa PPh yang dipotong?',
    ['Rp30.000 (10 % dari seluruh jasa)', 'Rp6.000 (10 % dari kelebihan di atas Rp240.000)', 'Rp0', 'Rp15.000'],
    'Bila lebih dari Rp240.000 sebulan, PPh final 10 % dihitung dari jasa brutonya, bukan dari kelebihannya: 10 % × Rp300.000 = Rp30.000.',
    '§9.6',
    ['pph-jasa-simpanan']
  ),
  q(
    'SI11',
    'SIMPANAN',
    'APW',
    'Simpanan wajib Rp10.000 sebulan, jatuh tempo akhir bulan. Anggota masuk 15 Maret. Berapa wajibnya sampai 31 Desember tahun itu?',
    ['Rp100.000 (Maret sampai Desember)', 'Rp120.000', 'Rp90.000', 'Rp95.000'],
    'Bulan sebelum anggota masuk tidak dihitung. Wajib Maret jatuh tempo 31 Maret, sesudah ia masuk: Maret–Desember = 10 bulan × Rp10.000.',
    '§3.2',
    ['simpanan-wajib', 'tunggakan-wajib']
  ),
  q(
    'SI12',
    'SIMPANAN',
    'APW',
    'Pada 15 Maret wajib Januari dan Februari belum dibayar; wajib jatuh tempo akhir bulan. Mana yang termasuk tunggakan?',
    [
      'Januari dan Februari; Maret belum jatuh tempo',
      'Januari, Februari dan Maret',
      'Hanya Januari',
      'Belum ada tunggakan sampai akhir tahun'
    ],
    'Wajib bulan m jatuh tempo pada hari jatuh tempo bulan itu dan menjadi tunggakan sejak keesokan harinya. Bulan berjalan ditulis "belum jatuh tempo".',
    '§3.2',
    ['tunggakan-wajib']
  ),
  q(
    'SI13',
    'SIMPANAN',
    'PW',
    'Wajib naik dari Rp10.000 menjadi Rp15.000 berlaku mulai 7 Januari; jatuh tempo akhir bulan. Berapa wajib Januari?',
    ['Rp15.000, karena jatuh temponya sesudah tanggal berlaku', 'Rp10.000', 'Rp12.500', 'Rp25.000'],
    'Perubahan besar wajib berlaku untuk setiap bulan yang hari jatuh temponya pada atau sesudah tanggal berlaku; jatuh tempo Januari (31 Januari) sesudah 7 Januari.',
    '§3.2',
    ['simpanan-wajib']
  ),
  q(
    'SI14',
    'SIMPANAN',
    'PW',
    'Bagaimana memastikan simpanan seluruh anggota cocok dengan buku besar?',
    [
      'Jumlah saldo semua anggota dibandingkan dengan saldo akun kontrol simpanan',
      'Bendahara menghitung ulang dengan kalkulator sekali setahun',
      'Tidak perlu dicocokkan',
      'Pengawas memperkirakan'
    ],
    'Rincian per anggota harus selalu sama dengan akun kontrolnya (3-1101, 3-1102, 2-1101); Lumbung memeriksanya otomatis.',
    '§9.8',
    ['akun-kontrol']
  ),
  q(
    'SI15',
    'SIMPANAN',
    'APW',
    'Simpanan berjangka …',
    [
      'hanya dapat diambil setelah jangka waktunya berakhir',
      'dapat diambil kapan saja',
      'tidak pernah dapat diambil',
      'sama dengan simpanan pokok'
    ],
    'Permenkop 8/2023 membedakan tabungan koperasi (dapat diambil sewaktu-waktu) dan simpanan berjangka (jangka waktu tertentu).',
    '§3.1',
    ['simpanan-berjangka']
  ),
  q(
    'SI16',
    'SIMPANAN',
    'PW',
    'Pada jasa simpanan cara A, saldo apa yang dipakai?',
    ['Saldo terendah bulan itu', 'Saldo tertinggi bulan itu', 'Saldo awal tahun', 'Rata-rata simpanan semua anggota'],
    'Cara A (umum di koperasi): jasa = floor(saldo terendah bulan × r ÷ 12). Cara B memakai saldo harian.',
    '§3.3',
    ['saldo-terendah']
  ),
  q(
    'SI17',
    'SIMPANAN',
    'APW',
    'Siapa yang menetapkan besar jasa simpanan sukarela?',
    ['Rapat anggota', 'Bendahara sendiri', 'Bank Indonesia', 'Dinas Koperasi'],
    'Balas jasa simpanan sukarela diberikan secara wajar dan disepakati di dalam rapat anggota.',
    '§3.3',
    ['jasa-simpanan']
  ),
  q(
    'SI18',
    'SIMPANAN',
    'PW',
    'Anggota baru membayar simpanan pokok Rp50.000 tunai. Jurnalnya …',
    [
      'Debit Kas Rp50.000, kredit Simpanan Pokok Rp50.000',
      'Debit Simpanan Pokok, kredit Kas',
      'Debit Kas, kredit Pendapatan Lain-lain',
      'Tidak perlu dijurnal'
    ],
    'Jurnal baku: Kas (1-1101) di debit, Simpanan Pokok (3-1101, rincian anggota) di kredit.',
    '§2.6',
    ['jurnal', 'simpanan-pokok']
  ),
  q(
    'SI19',
    'SIMPANAN',
    'APW',
    'Apa akibatnya bila simpanan pokok, wajib dan sukarela dicatat di buku terpisah tanpa dicocokkan dengan buku besar?',
    [
      'Saldo anggota sering tidak cocok dan kesalahan baru ketahuan saat audit atau RAT',
      'Tidak ada masalah',
      'SHU otomatis lebih besar',
      'Pajak koperasi menjadi nol'
    ],
    'Ini keluhan bendahara yang paling sering; satu kajian menyebut tingkat kesalahan manual lebih dari 40–50 %.',
    '§9.8',
    ['akun-kontrol', 'buku-simpanan']
  ),
  q(
    'SI20',
    'SIMPANAN',
    'APW',
    'Bolehkah simpanan pokok dicicil?',
    ['Boleh bila AD mengizinkan', 'Tidak pernah boleh', 'Wajib dicicil 12 kali', 'Hanya pengurus yang boleh'],
    'Simpanan pokok dibayar sekali saat masuk; pencicilan boleh bila AD mengizinkan (asumsi, diatur koperasi).',
    '§3.1',
    ['simpanan-pokok']
  ),

  // ------------------------------------------------------------------ pinjaman
  q(
    'PI01',
    'PINJAMAN',
    'APW',
    'Pinjaman Rp12.000.000, jasa flat 1,5 % sebulan, tenor 12 bulan. Berapa angsuran per bulan?',
    ['Rp1.180.000', 'Rp1.000.000', 'Rp1.015.000', 'Rp1.100.160'],
    'Flat: pokok Rp12.000.000 ÷ 12 = Rp1.000.000; jasa Rp12.000.000 × 1,5 % = Rp180.000; angsuran Rp1.180.000 setiap bulan.',
    '§4.2',
    ['metode-flat', 'angsuran']
  ),
  q(
    'PI02',
    'PINJAMAN',
    'APW',
    'Pada metode flat, jasa setiap bulan dihitung dari …',
    ['plafon awal, sehingga sama setiap bulan', 'sisa pokok pinjaman', 'angsuran terakhir', 'saldo simpanan anggota'],
    'Flat: jasa = P × r setiap bulan. Pada metode efektif dan anuitas jasa dihitung dari sisa pokok.',
    '§4.2',
    ['metode-flat']
  ),
  q(
    'PI03',
    'PINJAMAN',
    'PW',
    'Pinjaman Rp12.000.000, jasa 1,5 % sebulan, 12 bulan, metode efektif (menurun). Berapa total jasanya?',
    ['Rp1.170.000', 'Rp2.160.000', 'Rp1.201.920', 'Rp180.000'],
    'Jasa bulan ke-k = sisa pokok × 1,5 %: Rp180.000 + Rp165.000 + … + Rp15.000 = Rp1.170.000. Rp2.160.000 adalah jasa flat, Rp1.201.920 jasa anuitas.',
    '§4.2',
    ['metode-efektif']
  ),
  q(
    'PI04',
    'PINJAMAN',
    'APW',
    'Pada metode anuitas, angsuran …',
    [
      'tetap setiap bulan, tetapi bagian jasanya makin kecil',
      'makin kecil setiap bulan',
      'makin besar setiap bulan',
      'hanya jasa; pokok dibayar di akhir'
    ],
    'Anuitas: A = P × r ÷ (1 − (1 + r)^−n) tetap; jasa dihitung dari sisa pokok sehingga makin kecil dan bagian pokok makin besar.',
    '§4.2',
    ['metode-anuitas']
  ),
  q(
    'PI05',
    'PINJAMAN',
    'APW',
    'Pinjaman Rp12.000.000 dengan provisi 1 % yang dipotong saat pencairan. Berapa uang yang diterima anggota?',
    ['Rp11.880.000', 'Rp12.000.000', 'Rp12.120.000', 'Rp10.800.000'],
    'Provisi 1 % × Rp12.000.000 = Rp120.000 dipotong; anggota menerima Rp11.880.000, tetapi tetap berutang pokok Rp12.000.000.',
    '§4.3, §2.6',
    ['provisi']
  ),
  q(
    'PI06',
    'PINJAMAN',
    'APW',
    'Angsuran Rp1.180.000 dibayar 10 hari terlambat; masa tenggang 3 hari; denda 0,1 % sehari. Berapa dendanya?',
    ['Rp8.260', 'Rp11.800', 'Rp1.180', 'Rp3.540'],
    'Denda dihitung untuk hari sesudah masa tenggang: 10 − 3 = 7 hari; Rp1.180.000 × 0,1 % × 7 = Rp8.260.',
    '§4.3',
    ['denda', 'masa-tenggang']
  ),
  q(
    'PI07',
    'PINJAMAN',
    'PW',
    'Urutan bawaan penggunaan uang angsuran yang diterima adalah …',
    [
      'denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan',
      'pokok → jasa → denda',
      'jasa berjalan dulu, lalu denda',
      'dibagi rata ke semua kewajiban'
    ],
    'Urutan alokasi bawaan (dapat diubah di kebijakan pinjaman): denda, jasa tertunggak, pokok tertunggak, jasa bulan berjalan, pokok bulan berjalan.',
    '§4.3',
    ['urutan-pembayaran']
  ),
  q(
    'PI08',
    'PINJAMAN',
    'APW',
    'Kolektibilitas adalah …',
    [
      'penggolongan pinjaman menurut lancar tidaknya pembayarannya',
      'nilai agunan pinjaman',
      'jasa pinjaman',
      'daftar nama peminjam'
    ],
    'Empat golongan: lancar, kurang lancar, diragukan, macet.',
    '§4.4',
    ['kolektibilitas']
  ),
  q(
    'PI09',
    'PINJAMAN',
    'PW',
    'Dengan batas hari bawaan Lumbung (angsuran bulanan), pinjaman yang menunggak 120 hari tergolong …',
    ['Kurang lancar', 'Lancar', 'Diragukan', 'Macet'],
    'Bawaan: lancar 0–90 hari, kurang lancar 91–180, diragukan 181–270, macet lebih dari 270 (dapat diubah).',
    '§4.4',
    ['kolektibilitas', 'dpd', 'kurang-lancar']
  ),
  q(
    'PI10',
    'PINJAMAN',
    'PW',
    'Berapa PPAP wajib untuk pinjaman lancar dengan baki debet Rp100.000.000 (0,5 %)?',
    ['Rp500.000', 'Rp5.000.000', 'Rp50.000', 'Rp0'],
    'PPAP lancar = 0,5 % × baki debet = Rp500.000; agunan tidak dikurangkan untuk pinjaman lancar.',
    '§4.4',
    ['ppap', 'lancar']
  ),
  q(
    'PI11',
    'PINJAMAN',
    'PW',
    'Pinjaman macet Rp2.000.000 dengan agunan pengurang Rp500.000. Berapa PPAP wajibnya (100 %)?',
    ['Rp1.500.000', 'Rp2.000.000', 'Rp2.500.000', 'Rp500.000'],
    'PPAP macet = 100 % × (baki debet − agunan pengurang) = Rp2.000.000 − Rp500.000 = Rp1.500.000.',
    '§4.4',
    ['ppap', 'macet', 'agunan']
  ),
  q(
    'PI12',
    'PINJAMAN',
    'PW',
    'Pinjaman bermasalah (kurang lancar + diragukan + macet) Rp14.000.000 dari seluruh pinjaman Rp114.000.000. Berapa NPL?',
    ['12,28 %', '14 %', '87,72 %', '8,14 %'],
    'NPL = Rp14.000.000 ÷ Rp114.000.000 = 12,28 %, yaitu "kurang sehat" (10–15 %) menurut Juknis 2021.',
    '§4.4',
    ['npl']
  ),
  q(
    'PI13',
    'PINJAMAN',
    'PW',
    'Pinjaman kepada pihak berelasi (pengurus, pengawas) paling banyak …',
    [
      '10 % dari modal sendiri, dengan persetujuan pengurus dan pengawas',
      '50 % dari aset',
      'tidak ada batasnya',
      'Rp3 miliar'
    ],
    'BMPP Permenkop 8/2023: pinjaman kepada pihak berelasi paling banyak 10 % dari modal sendiri, dihitung dari saldo pinjaman.',
    '§4.1',
    ['bmpp', 'pihak-berelasi']
  ),
  q(
    'PI14',
    'PINJAMAN',
    'PW',
    'Pinjaman flat Rp1.200.000: pokok Rp100.000 dan jasa Rp18.000 sebulan. Angsuran 1–3 sudah dibayar. Berapa pelunasan tepat pada tanggal jatuh tempo ke-4?',
    ['Rp918.000', 'Rp936.000', 'Rp900.000', 'Rp1.080.000'],
    'Pelunasan pada tanggal jatuh tempo ke-k memuat jasa ke-k saja: sisa pokok Rp900.000 + jasa ke-4 Rp18.000 = Rp918.000. Sehari kemudian menjadi Rp936.000.',
    '§4.3',
    ['pelunasan-dipercepat']
  ),
  q(
    'PI15',
    'PINJAMAN',
    'APW',
    'Di koperasi, "jasa pinjaman" berarti …',
    [
      'imbalan atas pinjaman (di bank disebut bunga), dicatat sebagai pendapatan koperasi',
      'upah petugas simpan pinjam',
      'biaya meterai',
      'simpanan wajib khusus peminjam'
    ],
    'Koperasi memakai kata "jasa", bukan "bunga"; jasa pinjaman dicatat di Pendapatan Jasa Pinjaman (4-1101).',
    '§2.4',
    ['jasa-pinjaman']
  ),
  q(
    'PI16',
    'PINJAMAN',
    'APW',
    'Pinjaman flat 1,5 % sebulan selama 12 bulan sebenarnya setara jasa efektif sekitar …',
    ['2,643 % sebulan', '1,5 % sebulan', '0,75 % sebulan', '18 % sebulan'],
    'Karena jasa flat tetap dihitung dari plafon awal padahal pokok terus berkurang, jasa efektifnya ±2,643 % sebulan (±31,7 % setahun). Sebaiknya diberitahukan kepada anggota.',
    '§4.2',
    ['suku-efektif']
  ),
  q(
    'PI17',
    'PINJAMAN',
    'PW',
    'Modal sendiri Rp150.000.000. Seorang pengurus ingin meminjam Rp20.000.000. Bolehkah?',
    [
      'Tidak, melebihi batas 10 % modal sendiri (Rp15.000.000)',
      'Boleh, pengurus bebas meminjam',
      'Boleh bila bendahara setuju',
      'Boleh karena di bawah 20 %'
    ],
    'Pengurus adalah pihak berelasi: paling banyak 10 % × Rp150.000.000 = Rp15.000.000, dan harus disetujui pengurus dan pengawas.',
    '§4.1',
    ['bmpp', 'pihak-berelasi']
  ),
  q(
    'PI18',
    'PINJAMAN',
    'PW',
    'Penghapusbukuan pinjaman macet dicatat …',
    [
      'Debit Cadangan Kerugian Pinjaman (PPAP), kredit Piutang Pinjaman',
      'Debit Beban Gaji, kredit Kas',
      'Debit Piutang Pinjaman, kredit Kas',
      'Tidak perlu dicatat'
    ],
    'Jurnal baku hapus buku: 1-1490 Cadangan Kerugian di debit, 1-1401 Piutang Pinjaman di kredit. Bila kemudian dibayar, dicatat sebagai pemulihan.',
    '§2.6',
    ['hapus-buku', 'ppap']
  ),
  q(
    'PI19',
    'PINJAMAN',
    'APW',
    'Jatuh tempo 10 Mei, masa tenggang 3 hari, angsuran dibayar 12 Mei. Berapa dendanya?',
    ['Rp0, karena masih dalam masa tenggang', 'Denda 2 hari', 'Denda 12 hari', 'Denda satu bulan'],
    'Denda baru dihitung untuk keterlambatan melewati masa tenggang (biasanya 3–7 hari).',
    '§4.3',
    ['masa-tenggang', 'denda']
  ),

  // ------------------------------------------------------------------ SHU
  q(
    'SH01',
    'SHU',
    'APW',
    'Sisa Hasil Usaha (SHU) adalah …',
    [
      'pendapatan setahun dikurangi biaya, penyusutan dan kewajiban lain termasuk pajak',
      'jumlah simpanan semua anggota',
      'uang kas pada akhir tahun',
      'jumlah penjualan setahun'
    ],
    'UU 25/1992 Pasal 45 ayat 1.',
    '§5.1',
    ['shu']
  ),
  q(
    'SH02',
    'SHU',
    'APW',
    'Sebelum dibagikan kepada anggota, SHU dikurangi lebih dahulu dengan …',
    ['dana cadangan', 'simpanan sukarela', 'gaji karyawan bulan Januari', 'pinjaman anggota'],
    'Pasal 45 ayat 2: SHU "setelah dikurangi dana cadangan" dibagi kepada anggota sebanding jasa usahanya. Karena itu cadangan harus lebih dari 0 %.',
    '§5.1, §5.3',
    ['dana-cadangan']
  ),
  q(
    'SH03',
    'SHU',
    'APW',
    'Siapa yang menetapkan persentase pembagian SHU?',
    ['AD/ART dan rapat anggota koperasi', 'Undang-undang, sama untuk semua koperasi', 'Bendahara', 'Dinas Koperasi'],
    'Tidak ada persentase nasional; persentase ditetapkan AD/ART dan RAT. Buku teks memakai 40/40/5/5/5/5; Lumbung memakai 40/20/20/5/5/5/2,5/2,5 sebagai bawaan yang dapat diubah.',
    '§5.3',
    ['pembagian-shu', 'ad-art']
  ),
  q(
    'SH04',
    'SHU',
    'APW',
    'Jasa modal anggota (JMA) dihitung menurut …',
    [
      'simpanan pokok + wajib anggota dibanding seluruh anggota',
      'simpanan sukarela',
      'belanja di gerai',
      'lamanya menjadi anggota'
    ],
    'JMA = (S anggota ÷ S seluruh anggota) × jasa modal, dengan S = simpanan pokok + simpanan wajib.',
    '§5.4',
    ['jma']
  ),
  q(
    'SH05',
    'SHU',
    'APW',
    'Jasa usaha anggota (JUA) dihitung menurut …',
    [
      'transaksi anggota: belanja, jasa pinjaman yang dibayar, biaya layanan',
      'simpanan pokok',
      'pokok pinjaman yang diterima',
      'jumlah anggota keluarga'
    ],
    'JUA = (T anggota ÷ T seluruh anggota) × jasa usaha. Bawaan T: belanja bersih di gerai + jasa pinjaman yang dibayar + biaya layanan.',
    '§5.4',
    ['jua', 'partisipasi']
  ),
  q(
    'SH06',
    'SHU',
    'APW',
    'SHU setelah pajak Rp6.532.150; jasa modal 20 %. Berapa jasa modal (dibulatkan ke bawah)?',
    ['Rp1.306.430', 'Rp2.612.860', 'Rp653.215', 'Rp326.607'],
    '20 % × Rp6.532.150 = Rp1.306.430. Rp2.612.860 adalah 40 % (cadangan), Rp326.607 adalah 5 %.',
    '§5.5',
    ['jasa-modal']
  ),
  q(
    'SH07',
    'SHU',
    'APW',
    'Simpanan pokok + wajib Anggota A Rp1.600.000, seluruh anggota Rp4.500.000, jasa modal Rp1.306.430. Berapa JMA A?',
    ['Rp464.508', 'Rp1.600.000', 'Rp784.767', 'Rp435.477'],
    'JMA = Rp1.600.000 ÷ Rp4.500.000 × Rp1.306.430 = Rp464.508,44… → Rp464.508 (pecahannya bukan yang terbesar, jadi tidak mendapat tambahan Rp1).',
    '§5.5',
    ['jma']
  ),
  q(
    'SH08',
    'SHU',
    'APW',
    'Apakah simpanan sukarela ikut dihitung dalam S untuk jasa modal?',
    [
      'Tidak; S = simpanan pokok + wajib saja',
      'Ya, semua simpanan dihitung',
      'Hanya bila lebih dari Rp1.000.000',
      'Ya, dikali dua'
    ],
    'S = simpanan pokok + simpanan wajib (bukan sukarela). Simpanan sukarela sudah mendapat jasa simpanan setiap bulan.',
    '§5.4',
    ['jma', 'simpanan-sukarela']
  ),
  q(
    'SH09',
    'SHU',
    'APW',
    'Menurut bawaan, apakah pokok pinjaman yang diterima anggota dihitung sebagai transaksi (T)?',
    [
      'Tidak; yang dihitung jasa pinjaman yang dibayar',
      'Ya, seluruh pokok pinjaman',
      'Ya, setengahnya',
      'Hanya pinjaman macet'
    ],
    'T bawaan memakai jasa pinjaman yang dibayar, bukan pokok. Sebagian AD memakai pokok pinjaman; itu dapat diatur.',
    '§5.4',
    ['partisipasi', 'jua']
  ),
  q(
    'SH10',
    'SHU',
    'APW',
    'Dengan pembulatan sisa terbesar, mengapa ada anggota yang mendapat tambahan Rp1?',
    [
      'Agar jumlah bagian semua anggota tepat sama dengan jumlah yang dibagi',
      'Sebagai hadiah untuk anggota terlama',
      'Karena ada salah hitung',
      'Untuk menambah bagian pengurus'
    ],
    'Setiap bagian dibulatkan ke bawah; sisa rupiahnya diberikan satu per satu kepada pecahan terbesar (bila sama, nomor anggota yang lebih kecil) sehingga jumlahnya tepat.',
    '§5.5',
    ['sisa-terbesar']
  ),
  q(
    'SH11',
    'SHU',
    'PW',
    'Pada pembagian bawaan, setiap komponen selain cadangan dibulatkan ke bawah. Ke mana sisa pembulatannya?',
    ['Ke dana cadangan', 'Ke dana pengurus', 'Tidak dicatat', 'Ke simpanan sukarela ketua'],
    'Cadangan = SHU − jumlah komponen lain; dengan SHU Rp6.532.150 cadangan menjadi Rp2.612.863, sedikit di atas 40 % (Rp2.612.860).',
    '§5.5',
    ['dana-cadangan', 'pembagian-shu']
  ),
  q(
    'SH12',
    'SHU',
    'PW',
    'Jurnal pembagian SHU dibukukan pada tanggal …',
    [
      'RAT yang memutuskan pembagian itu',
      '31 Desember tahun buku',
      '1 Januari tahun berikutnya',
      'kapan saja bendahara sempat'
    ],
    'RAT biasanya 2–5 bulan setelah tahun buku; jurnal pembagian SHU (debit SHU Belum Dibagi) bertanggal hari RAT di tahun baru.',
    '§9.3, §2.6',
    ['shu-belum-dibagi']
  ),
  q(
    'SH13',
    'SHU',
    'APW',
    'Bila koperasi rugi (SHU negatif) …',
    [
      'tidak ada SHU yang dibagi; rugi ditutup cadangan atas keputusan RAT atau dibawa ke tahun berikutnya',
      'anggota wajib menambah simpanan sebesar ruginya',
      'pengurus menanggung seluruhnya dari uang pribadi',
      'pajak tahun lalu dikembalikan'
    ],
    'Bawaan (asumsi): tidak ada pembagian; rugi dibebankan ke cadangan atas keputusan RAT atau dibawa ke tahun berikutnya.',
    '§5.6',
    ['rugi', 'dana-cadangan']
  ),
  q(
    'SH14',
    'SHU',
    'APW',
    'Menurut templat bawaan Lumbung, berapa persen SHU masuk dana cadangan?',
    ['40 %', '20 %', '5 %', '2,5 %'],
    'Templat bawaan: cadangan 40 %, jasa modal 20 %, jasa usaha 20 %, pengurus 5 %, karyawan 5 %, pendidikan 5 %, sosial 2,5 %, pembangunan daerah kerja 2,5 %. AD koperasi dapat berbeda.',
    '§5.3',
    ['pembagian-shu', 'dana-cadangan']
  ),
  q(
    'SH15',
    'SHU',
    'PW',
    'Dana pendidikan dari SHU dipakai untuk pelatihan Rp300.000. Jurnalnya …',
    [
      'Debit Dana Pendidikan, kredit Kas (bukan beban)',
      'Debit Beban Pendidikan, kredit Kas',
      'Tidak dicatat',
      'Debit Kas, kredit Dana Pendidikan'
    ],
    'Dana-dana SHU adalah liabilitas yang diperuntukkan RAT; saat dipakai langsung didebit, tidak dicatat sebagai beban.',
    '§2.2',
    ['dana-pendidikan']
  ),
  q(
    'SH16',
    'SHU',
    'APW',
    'Apakah SHU yang dibayarkan kepada anggota perorangan dipotong pajak?',
    ['Tidak lagi sejak UU Cipta Kerja', 'Ya, 10 % final', 'Ya, 0,5 %', 'Ya, 15 %'],
    'Sejak UU Cipta Kerja, SHU yang dibayarkan kepada anggota perorangan bukan objek pajak (sebelumnya 10 % final).',
    '§9.6',
    ['shu']
  ),
  q(
    'SH17',
    'SHU',
    'APW',
    'Menurut bawaan, siapa yang ikut pembagian SHU suatu tahun buku?',
    [
      'Anggota yang aktif pada 31 Desember tahun buku itu',
      'Semua warga desa',
      'Anggota yang keluar pada tahun itu',
      'Hanya para pendiri'
    ],
    'Kelayakan bawaan: anggota aktif pada 31 Desember; yang keluar selama tahun itu tidak ikut (dapat diatur).',
    '§5.4',
    ['shu', 'anggota']
  ),
  q(
    'SH18',
    'SHU',
    'PW',
    'Apa beda honor pengurus bulanan dengan dana pengurus?',
    [
      'Honor adalah beban operasional; dana pengurus adalah bagian SHU yang diputuskan RAT',
      'Keduanya sama saja',
      'Dana pengurus dibayar setiap bulan',
      'Honor dibayar dari dana sosial'
    ],
    'Honor pengurus dan pengawas dicatat sebagai beban (5-3102); dana pengurus berasal dari pembagian SHU (2-1602).',
    '§2.5, §2.2',
    ['dana-pengurus']
  ),
  q(
    'SH19',
    'SHU',
    'APW',
    'Mengapa penjualan kepada anggota dan bukan anggota dicatat terpisah?',
    [
      'Karena hanya belanja anggota yang menjadi dasar jasa usaha, dan SHU dari bukan anggota tidak dibagi sebagai jasa anggota',
      'Agar pajak koperasi lebih kecil',
      'Karena diwajibkan bank',
      'Tidak ada alasannya'
    ],
    'Setiap baris pendapatan membawa keterangan pihak (anggota/non-anggota) supaya SHU anggota dan T tiap anggota dapat dihitung.',
    '§5.2, §2',
    ['pihak-anggota', 'partisipasi']
  ),
  q(
    'SH20',
    'SHU',
    'PW',
    'SHU sebelum pajak Rp6.800.000 dan PPh final Rp267.850. Berapa SHU yang dibagi?',
    ['Rp6.532.150', 'Rp6.800.000', 'Rp7.067.850', 'Rp6.532.850'],
    'SHU menurut Pasal 45 sudah dikurangi pajak: Rp6.800.000 − Rp267.850 = Rp6.532.150.',
    '§5.5',
    ['shu', 'pph-final-koperasi']
  ),

  // ------------------------------------------------------------------ RAT
  q(
    'RA01',
    'RAT',
    'APW',
    'Rapat anggota diadakan paling sedikit …',
    ['sekali setahun', 'sekali lima tahun', 'setiap bulan', 'hanya bila ada masalah'],
    'UU 25/1992 Pasal 26 ayat 1.',
    '§1.3',
    ['rat']
  ),
  q(
    'RA02',
    'RAT',
    'APW',
    'RAT untuk tahun buku 2025 paling lambat diadakan pada …',
    ['30 Juni 2026', '31 Desember 2025', '31 Januari 2026', '31 Desember 2026'],
    'Paling lambat 6 bulan setelah tahun buku berakhir (Pasal 26 ayat 2); tahun buku berakhir 31 Desember, jadi 30 Juni.',
    '§1.3',
    ['rat', 'tahun-buku']
  ),
  q(
    'RA03',
    'RAT',
    'APW',
    'Laporan tahunan pengurus harus siap paling lambat …',
    ['1 bulan sebelum RAT', 'pada hari RAT', '1 minggu sesudah RAT', '6 bulan sesudah RAT'],
    'Pasal 35: laporan tahunan siap paling lambat satu bulan sebelum RAT, berisi neraca, perhitungan hasil usaha dengan penjelasannya, dan keadaan usaha.',
    '§1.3',
    ['laporan-tahunan']
  ),
  q(
    'RA04',
    'RAT',
    'APW',
    'Hasil RAT dilaporkan ke pemerintah (ODS Mandiri) paling lambat …',
    ['1 bulan setelah RAT', '1 tahun setelah RAT', 'sebelum RAT', 'tidak perlu dilaporkan'],
    'Laporan RAT lewat ODS Mandiri atau surat paling lambat 1 bulan setelah RAT; sertifikat NIK koperasi hanya untuk yang ber-RAT dan melapor.',
    '§1.3, §7.1',
    ['ods', 'laporan-dinas']
  ),
  q(
    'RA05',
    'RAT',
    'APW',
    'Koperasi dengan 150 anggota; AD menetapkan kuorum lebih dari separuh. Paling sedikit berapa anggota harus hadir?',
    ['76', '75', '50', '150'],
    'Lebih dari separuh 150 adalah 76 (separuh = 75 belum cukup).',
    '§1.3',
    ['kuorum']
  ),
  q(
    'RA06',
    'RAT',
    'APW',
    'Bila kuorum tidak tercapai, menurut bunyi AD yang umum …',
    [
      'rapat ditunda paling lama 7 hari',
      'rapat tetap sah',
      'pengurus memutuskan sendiri',
      'rapat dibatalkan untuk tahun itu'
    ],
    'AD yang umum: ditunda paling lama 7 hari, lalu berlaku aturan rapat luar biasa. AD lain dapat berbeda.',
    '§1.3',
    ['kuorum']
  ),
  q(
    'RA07',
    'RAT',
    'APW',
    'Keputusan RAT diambil dengan …',
    [
      'musyawarah mufakat; bila tidak tercapai, suara terbanyak yang hadir',
      'keputusan ketua',
      'suara menurut besar simpanan',
      'undian'
    ],
    'Satu anggota satu suara; musyawarah mufakat lebih dahulu, lalu suara terbanyak.',
    '§1.3',
    ['satu-anggota-satu-suara']
  ),
  q(
    'RA08',
    'RAT',
    'APW',
    'Siapa yang menandatangani laporan tahunan?',
    ['Semua pengurus', 'Bendahara saja', 'Kepala desa', 'Petugas Dinas'],
    'Laporan tahunan ditandatangani semua pengurus; yang menolak menjelaskan alasannya secara tertulis (Pasal 36, bunyinya asumsi). Laporan keuangan ditandatangani pengurus (terverifikasi).',
    '§1.3, §1.2',
    ['laporan-tahunan', 'pengurus']
  ),
  q(
    'RA09',
    'RAT',
    'APW',
    'Apa akibat pengesahan laporan tahunan oleh RAT?',
    [
      'Pengurus dibebaskan dari tanggung jawab atas tahun buku itu',
      'Pengurus otomatis dipilih kembali',
      'SHU otomatis dibayar tunai',
      'Koperasi tidak perlu melapor ke Dinas'
    ],
    'Pengesahan laporan, termasuk laporan keuangan, membebaskan pengurus dari tanggung jawab tahun itu (Pasal 36, bunyi asumsi).',
    '§1.3',
    ['laporan-tahunan']
  ),
  q(
    'RA10',
    'RAT',
    'APW',
    'Laporan hasil pengawasan disusun oleh …',
    ['Pengawas', 'Bendahara', 'Dinas Koperasi', 'Anggota termuda'],
    'Pengawas melaporkan ruang lingkup, cara, temuan dan rekomendasi pemeriksaannya kepada RAT.',
    '§6.1',
    ['laporan-pengawas', 'pengawas']
  ),
  q(
    'RA11',
    'RAT',
    'APW',
    'RAPB adalah …',
    [
      'rencana anggaran pendapatan dan belanja tahun depan yang disahkan RAT',
      'laporan pajak tahunan',
      'daftar pinjaman anggota',
      'rencana pembagian SHU tahun lalu'
    ],
    'RAPB diturunkan dari Rencana Kerja; dilampirkan di buku RAT dengan realisasi tahun berjalan.',
    '§6.1',
    ['rapb']
  ),
  q(
    'RA12',
    'RAT',
    'APW',
    'Daftar hadir RAT dipakai untuk …',
    ['membuktikan bahwa kuorum terpenuhi', 'menghitung SHU', 'menentukan simpanan wajib', 'membayar honor pengurus'],
    'Daftar hadir memuat anggota terdaftar, jumlah hadir, persen hadir dan apakah kuorum terpenuhi.',
    '§6.2',
    ['daftar-hadir', 'kuorum']
  ),
  q(
    'RA13',
    'RAT',
    'APW',
    'Sertifikat Nomor Induk Koperasi diberikan kepada koperasi yang …',
    ['mengadakan dan melaporkan RAT', 'punya aset lebih dari Rp1 miliar', 'punya 500 anggota', 'punya pinjaman bank'],
    'Menurut Dinas (Jakarta, 2025), sertifikat NIK koperasi hanya untuk koperasi yang mengadakan dan melaporkan RAT.',
    '§1.3',
    ['nik-koperasi']
  ),
  q(
    'RA14',
    'RAT',
    'APW',
    'Apa yang dapat terjadi bila koperasi tidak melaporkan RAT dua tahun berturut-turut?',
    ['Sanksi sampai pembubaran', 'Tidak ada akibat', 'Denda Rp100.000', 'SHU dibagi oleh Dinas'],
    'Tanpa laporan RAT dua tahun berturut-turut, sanksinya dapat sampai pembubaran.',
    '§1.3',
    ['rat', 'ods']
  ),
  q(
    'RA15',
    'RAT',
    'PW',
    'Dinas sering meminta koperasi primer ber-RAT sebelum akhir Maret. Ini …',
    [
      'praktik daerah; batas undang-undang tetap 6 bulan setelah tahun buku',
      'aturan undang-undang yang menggantikan batas 30 Juni',
      'hanya berlaku untuk koperasi sekunder',
      'berlaku untuk seluruh Indonesia sejak 2025'
    ],
    'Anjuran akhir Maret adalah praktik Dinas setempat, bukan undang-undang; Lumbung membuat batas RAT dapat diatur (bawaan 30 Juni).',
    '§1.3',
    ['rat']
  ),
  q(
    'RA16',
    'RAT',
    'PW',
    'Undangan dan bahan RAT biasanya dikirim …',
    ['sesuai AD, misalnya 14 hari sebelum RAT', 'pada hari RAT', 'sesudah RAT', 'tidak perlu dikirim'],
    'Contoh AD: undangan 14 hari sebelum RAT, bahan dibagikan bersama undangan (bawaan 14 hari: asumsi).',
    '§1.3',
    ['rat']
  ),

  // ------------------------------------------------------------------ pembukuan
  q(
    'PB01',
    'PEMBUKUAN',
    'APW',
    'Setiap jurnal harus …',
    [
      'seimbang: jumlah debit sama dengan jumlah kredit',
      'lebih banyak debit daripada kredit',
      'hanya berisi satu akun',
      'ditandatangani anggota'
    ],
    'Setiap kejadian uang dicatat berpasangan; karena itu neraca saldo selalu seimbang.',
    '§2.6',
    ['jurnal', 'debit-kredit']
  ),
  q(
    'PB02',
    'PEMBUKUAN',
    'APW',
    'Jurnal yang salah dibetulkan dengan …',
    [
      'jurnal pembalik, bukan menghapus',
      'menghapus jurnalnya',
      'mengubah angkanya di buku',
      'menunggu sampai akhir tahun'
    ],
    'Kesalahan dibatalkan dengan jurnal pembalik sehingga jejaknya tetap terlihat; tidak ada yang dihapus.',
    '§9.8',
    ['pembalikan']
  ),
  q(
    'PB03',
    'PEMBUKUAN',
    'PW',
    'Akun yang kodenya diawali angka 4 adalah akun …',
    ['pendapatan', 'aset', 'beban', 'ekuitas'],
    'Kode T-GGSS: 1 aset, 2 liabilitas, 3 ekuitas, 4 pendapatan, 5 beban.',
    '§2',
    ['akun']
  ),
  q(
    'PB04',
    'PEMBUKUAN',
    'PW',
    'Akun 2-1101 Simpanan Sukarela Anggota termasuk golongan …',
    ['liabilitas', 'aset', 'ekuitas', 'pendapatan'],
    'Simpanan sukarela dapat diambil setiap saat, jadi liabilitas (kode 2).',
    '§2.2',
    ['liabilitas', 'simpanan-sukarela']
  ),
  q(
    'PB05',
    'PEMBUKUAN',
    'PW',
    'HPP (harga pokok penjualan) gerai dicatat …',
    [
      'setiap kali barang terjual, sebesar harga pokoknya',
      'sekali setahun',
      'saat barang dibeli',
      'tidak perlu dicatat'
    ],
    'Persediaan perpetual: setiap penjualan mencatat HPP (debit 5-1101) dan mengurangi persediaan (kredit 1-1601) sebesar harga pokok.',
    '§2.5, §2.6',
    ['hpp', 'persediaan']
  ),
  q(
    'PB06',
    'PEMBUKUAN',
    'PW',
    'Stok 100 kg beras × Rp11.000, lalu dibeli 100 kg × Rp13.000. Berapa harga pokok rata-rata yang baru?',
    ['Rp12.000', 'Rp13.000', 'Rp11.000', 'Rp24.000'],
    'Rata-rata bergerak: (Rp1.100.000 + Rp1.300.000) ÷ 200 kg = Rp12.000 per kg.',
    '§2.1',
    ['rata-rata-bergerak']
  ),
  q(
    'PB07',
    'PEMBUKUAN',
    'PW',
    'Timbangan Rp2.400.000, masa manfaat 48 bulan, tanpa nilai sisa. Berapa penyusutan sebulan (garis lurus)?',
    ['Rp50.000', 'Rp200.000', 'Rp600.000', 'Rp24.000'],
    'Rp2.400.000 ÷ 48 bulan = Rp50.000 sebulan (Rp600.000 setahun).',
    '§2.5',
    ['penyusutan']
  ),
  q(
    'PB08',
    'PEMBUKUAN',
    'PW',
    'Penyusutan bulanan dicatat …',
    [
      'Debit Beban Penyusutan, kredit Akumulasi Penyusutan',
      'Debit Akumulasi Penyusutan, kredit Beban Penyusutan',
      'Debit Aset Tetap, kredit Kas',
      'Tidak dicatat sampai aset dijual'
    ],
    'Beban penyusutan (5-3301) di debit, akun lawan akumulasi penyusutan (kode x9) di kredit; nilai buku aset berkurang.',
    '§2.5, §2.1',
    ['penyusutan', 'akumulasi-penyusutan']
  ),
  q(
    'PB09',
    'PEMBUKUAN',
    'APW',
    'Dalam neraca, aset selalu sama dengan …',
    ['liabilitas + ekuitas', 'pendapatan − beban', 'kas + bank saja', 'simpanan + SHU'],
    'Semua yang dimiliki berasal dari utang atau modal sendiri.',
    '§1.2',
    ['neraca']
  ),
  q(
    'PB10',
    'PEMBUKUAN',
    'PW',
    'Laporan keuangan koperasi yang menjalankan simpan pinjam disusun menurut …',
    ['SAK EP', 'SAK ETAP', 'aturan bebas bendahara', 'standar bank umum'],
    'Permenkop 2/2024: KSP/USP wajib SAK EP, paling lambat tahun buku 2025. SAK EP menggantikan SAK ETAP sejak 1 Januari 2025.',
    '§1.2',
    ['sak-ep']
  ),
  q(
    'PB11',
    'PEMBUKUAN',
    'PW',
    'Manakah yang BUKAN komponen laporan keuangan koperasi?',
    ['Daftar hadir RAT', 'Laporan posisi keuangan', 'Laporan arus kas', 'Catatan atas laporan keuangan (CALK)'],
    'Komponen: posisi keuangan, perhitungan hasil usaha, perubahan ekuitas, arus kas, CALK. Daftar hadir adalah dokumen RAT.',
    '§1.2',
    ['neraca', 'arus-kas', 'calk']
  ),
  q(
    'PB12',
    'PEMBUKUAN',
    'PW',
    'Arus kas operasi KSP/USP disajikan dengan metode …',
    ['langsung', 'tidak langsung', 'bebas', 'tidak perlu disajikan'],
    'Lampiran I Permenkop 2/2024 untuk KSP/USP: arus kas operasi memakai metode langsung.',
    '§1.2',
    ['arus-kas']
  ),
  q(
    'PB13',
    'PEMBUKUAN',
    'PW',
    'Tanah desa yang dipakai gerai tanpa diserahkan kepada koperasi …',
    [
      'bukan aset koperasi; dijelaskan di CALK',
      'dicatat sebagai aset koperasi',
      'dicatat sebagai utang',
      'dicatat sebagai hibah'
    ],
    'Bawaan (asumsi): tanah desa yang dipakai tanpa penyerahan bukan aset koperasi dan diungkapkan di CALK.',
    '§1.4, §6.1',
    ['calk', 'aset']
  ),
  q(
    'PB14',
    'PEMBUKUAN',
    'PW',
    'Stock opname menemukan barang kurang senilai Rp240.000. Dicatat sebagai …',
    [
      'selisih persediaan (beban), mengurangi persediaan',
      'pendapatan lain-lain',
      'piutang kasir secara otomatis',
      'tidak dicatat'
    ],
    'Selisih dicatat di Selisih Persediaan (5-1109) dan persediaan dikurangi agar sama dengan hasil hitung.',
    '§2.5',
    ['stock-opname', 'persediaan']
  ),
  q(
    'PB15',
    'PEMBUKUAN',
    'APW',
    'Apa gunanya mengunci (tutup) bulan yang sudah selesai?',
    [
      'Agar catatan bulan itu tidak berubah diam-diam',
      'Agar pajak turun',
      'Agar simpanan tidak dapat ditarik',
      'Untuk menghapus jurnal lama'
    ],
    'Bulan yang dikunci tidak menerima jurnal; membuka kembali perlu persetujuan dan tercatat di jejak audit.',
    '§9.3',
    ['periode-terkunci']
  ),
  q(
    'PB16',
    'PEMBUKUAN',
    'PW',
    'Tutup buku tahunan memindahkan saldo pendapatan dan beban ke …',
    ['SHU tahun berjalan, lalu SHU belum dibagi', 'Kas', 'Simpanan wajib', 'Dana sosial'],
    'Lewat Ikhtisar Hasil Usaha (3-9999) ke 3-5101, lalu direklasifikasi ke 3-5102 sampai RAT membaginya.',
    '§2.6, §9.3',
    ['tutup-buku', 'shu-belum-dibagi']
  ),
  q(
    'PB17',
    'PEMBUKUAN',
    'APW',
    'Tahun buku koperasi adalah …',
    [
      '1 Januari sampai 31 Desember (tahun pertama boleh lebih pendek)',
      '1 Juli sampai 30 Juni',
      'sesuai kehendak bendahara',
      'dari RAT ke RAT berikutnya'
    ],
    'Permenkop 2/2024: periode tahunan 1 Januari–31 Desember; koperasi baru boleh melaporkan periode pertama yang lebih pendek.',
    '§1.2',
    ['tahun-buku']
  ),
  q(
    'PB18',
    'PEMBUKUAN',
    'PW',
    'Selain laporan tahunan, KSP/USP wajib membuat laporan keuangan …',
    ['triwulanan dan semesteran', 'harian', 'tidak ada yang lain', 'lima tahunan'],
    'KSP/USP juga menyusun laporan periodik: triwulanan, semesteran dan sewaktu-waktu.',
    '§1.2',
    ['sak-ep']
  ),
  q(
    'PB19',
    'PEMBUKUAN',
    'PW',
    'Pencairan pinjaman Rp12.000.000 dengan provisi 1 % dipotong. Jurnalnya …',
    [
      'Debit Piutang Pinjaman Rp12.000.000; kredit Kas Rp11.880.000 dan Pendapatan Provisi Rp120.000',
      'Debit Kas Rp12.000.000; kredit Piutang Pinjaman Rp12.000.000',
      'Debit Piutang Pinjaman Rp11.880.000; kredit Kas Rp11.880.000',
      'Debit Beban Provisi Rp120.000; kredit Kas Rp120.000'
    ],
    'Jurnal baku pencairan: piutang sebesar plafon, kas keluar bersih, provisi menjadi pendapatan (4-1201).',
    '§2.6',
    ['pinjaman', 'provisi']
  ),

  // ------------------------------------------------------------------ tata kelola
  q(
    'TK01',
    'TATA_KELOLA',
    'PW',
    'Dalam pemeriksaan kesehatan menurut Juknis 15/2021, berapa bobot aspek Tata Kelola?',
    ['30 %', '15 %', '40 %', '100 %'],
    'Tata Kelola 30 % dan Profil Risiko 15 % terverifikasi; pembagian Kinerja Keuangan dan Permodalan belum ditemukan (bawaan 40 % dan 15 %).',
    '§8.1',
    ['kesehatan-koperasi']
  ),
  q(
    'TK02',
    'TATA_KELOLA',
    'PW',
    'Predikat akhir kesehatan koperasi menurut aturan sekarang adalah …',
    [
      'Sehat, Cukup Sehat, Dalam Pengawasan, Dalam Pengawasan Khusus',
      'A, B, C, D, E',
      'Baik, Sedang, Buruk',
      'Lulus dan Tidak Lulus'
    ],
    'Predikat Juknis 2021; formulir rekap Dinas yang lama masih memakai sehat sampai sangat tidak sehat.',
    '§8.1, §8.2',
    ['kesehatan-koperasi']
  ),
  q(
    'TK03',
    'TATA_KELOLA',
    'PW',
    'NPL 4 % dalam penilaian Juknis 2021 termasuk …',
    ['Sehat (≤ 5 %)', 'Cukup sehat (5–10 %)', 'Kurang sehat (10–15 %)', 'Tidak sehat (> 15 %)'],
    'Skala NPL: ≤ 5 % sehat, 5–10 % cukup sehat, 10–15 % kurang sehat, > 15 % tidak sehat.',
    '§4.4, §8.1',
    ['npl']
  ),
  q(
    'TK04',
    'TATA_KELOLA',
    'PW',
    'Laporan tahunan KSP/USP dengan modal ≥ Rp5.000.000.000 …',
    [
      'wajib diaudit akuntan publik yang terdaftar',
      'bebas dari audit',
      'cukup diperiksa pengawas',
      'diaudit Dinas setiap bulan'
    ],
    'Permenkop 2/2024: audit oleh akuntan publik terdaftar di kementerian untuk KSP/USP bermodal ≥ Rp5 miliar.',
    '§1.2',
    ['audit-akuntan-publik']
  ),
  q(
    'TK05',
    'TATA_KELOLA',
    'PW',
    'Akuntan publik yang sama boleh mengaudit koperasi paling lama …',
    ['3 tahun berturut-turut, lalu jeda 2 tahun', 'tanpa batas', '1 tahun', '10 tahun'],
    'Batas rotasi akuntan publik: paling lama 3 tahun berturut-turut, kemudian jeda 2 tahun.',
    '§1.2',
    ['audit-akuntan-publik']
  ),
  q(
    'TK06',
    'TATA_KELOLA',
    'PW',
    'Cara pemeriksaan yang dilaporkan pengawas antara lain …',
    [
      'kas opname, konfirmasi saldo dan stock opname',
      'bertanya kepada bendahara saja',
      'membaca SHU tahun lalu',
      'tidak perlu memeriksa bila bendahara jujur'
    ],
    'Laporan Hasil Pengawasan memuat tanggal dan cara pemeriksaan: kas opname, konfirmasi saldo, stock opname.',
    '§6.1',
    ['kas-opname', 'stock-opname', 'laporan-pengawas']
  ),
  q(
    'TK07',
    'TATA_KELOLA',
    'PW',
    'Buku kas menunjukkan Rp2.500.000, uang yang dihitung Rp2.450.000. Apa yang dilakukan pengawas?',
    [
      'Mencatat selisih Rp50.000 sebagai temuan dan meminta penjelasan',
      'Mengabaikannya karena kecil',
      'Mengubah buku kas diam-diam',
      'Menambah dari uang pribadi'
    ],
    'Selisih kas opname adalah temuan; kesimpulan dan rekomendasinya masuk Laporan Hasil Pengawasan.',
    '§6.1',
    ['kas-opname', 'pengawas']
  ),
  q(
    'TK08',
    'TATA_KELOLA',
    'APW',
    'Laporan keuangan koperasi ditandatangani oleh …',
    ['pengurus, yang bertanggung jawab atasnya', 'pengawas saja', 'kepala desa', 'petugas bank'],
    'Permenkop 2/2024: laporan dalam bahasa Indonesia, dalam rupiah, ditandatangani pengurus yang bertanggung jawab atasnya.',
    '§1.2',
    ['pengurus']
  ),
  q(
    'TK09',
    'TATA_KELOLA',
    'APW',
    'Mengapa pinjaman kepada pengurus dan pengawas dibatasi?',
    [
      'Karena mereka pihak berelasi; dana anggota tidak boleh terpusat pada pengambil keputusan',
      'Karena pengurus tidak boleh meminjam sama sekali',
      'Karena pengurus tidak membayar simpanan',
      'Karena diwajibkan bank penyalur'
    ],
    'BMPP untuk pihak berelasi: paling banyak 10 % modal sendiri dengan persetujuan pengurus dan pengawas.',
    '§4.1',
    ['pihak-berelasi', 'bmpp']
  ),
  q(
    'TK10',
    'TATA_KELOLA',
    'W',
    'Pada lembar kerja penilaian lama, "risiko pinjaman bermasalah" dihitung …',
    [
      '50 % kurang lancar + 75 % diragukan + 100 % macet',
      'jumlah semua pinjaman',
      '10 % dari macet saja',
      'rata-rata ketiga golongan'
    ],
    'Contoh: 0,5 × Rp8.000.000 + 0,75 × Rp4.000.000 + 1 × Rp2.000.000 = Rp9.000.000.',
    '§4.4',
    ['kolektibilitas']
  ),
  q(
    'TK11',
    'TATA_KELOLA',
    'APW',
    'Dalam laporan keanggotaan untuk RAT dan Dinas, anggota dihitung …',
    ['terpisah laki-laki dan perempuan', 'menurut agama', 'menurut penghasilan', 'tanpa rincian'],
    'Dinas/ODS meminta anggota, calon anggota, manajer dan karyawan dihitung terpisah laki-laki dan perempuan.',
    '§6.3, §7.1',
    ['laporan-dinas']
  ),
  q(
    'TK12',
    'TATA_KELOLA',
    'PW',
    'Membuka kembali bulan yang sudah ditutup memerlukan …',
    [
      'persetujuan pengurus dan tercatat di jejak audit',
      'tidak ada syarat',
      'izin Dinas',
      'penghapusan jurnal bulan itu'
    ],
    'Periode yang sudah ditutup hanya dibuka kembali dengan persetujuan pengurus dan dicatat di jejak audit.',
    '§9.3',
    ['periode-terkunci']
  ),
  q(
    'TK13',
    'TATA_KELOLA',
    'PW',
    'Menurut sumber sekunder, modal tetap minimal USP koperasi primer untuk izin adalah …',
    ['Rp500 juta', 'Rp5 juta', 'Rp50 miliar', 'tidak ada syarat modal'],
    'Banyak unit simpan pinjam KDKMP belum memenuhinya; soal izin ini masih menjadi pertanyaan terbuka.',
    '§4.1, §10',
    ['usp']
  ),
  q(
    'TK14',
    'TATA_KELOLA',
    'PW',
    'Koperasi yang memberi layanan simpan pinjam kepada bukan anggota (open loop) berada di bawah pengawasan …',
    ['OJK', 'Kementerian Koperasi saja', 'kepala desa', 'Bank Indonesia'],
    'UU 4/2023 (P2SK) Pasal 44B: simpan pinjam open loop di bawah OJK; closed loop (anggota saja) tetap di Kementerian Koperasi.',
    '§1.1',
    ['ojk-p2sk']
  ),
  q(
    'TK15',
    'TATA_KELOLA',
    'APW',
    'Buku Daftar Anggota yang ditandatangani di kertas …',
    [
      'tetap menjadi bukti sah keanggotaan, jadi harus dapat dicetak',
      'tidak diperlukan bila ada aplikasi',
      'hanya untuk pengurus',
      'dibuang setelah RAT'
    ],
    'Tanda tangan adalah tindakan hukumnya; pencetakan Daftar Anggota harus tetap mungkin.',
    '§1.5',
    ['buku-daftar-anggota']
  ),

  // ------------------------------------------------------------------ KDKMP
  q(
    'KD01',
    'KDKMP',
    'APW',
    'Dasar percepatan pembentukan Koperasi Desa/Kelurahan Merah Putih adalah …',
    ['Inpres 9/2025', 'UU 17/2012', 'peraturan desa masing-masing', 'keputusan Bank Indonesia'],
    'Inpres 9/2025 (27 Maret 2025) dengan target 80.000 KDKMP; pelaksanaannya diatur Juklak Menkop No. 1/2025. UU 17/2012 sudah dibatalkan Mahkamah Konstitusi.',
    '§1.4, §1.1',
    ['kdkmp']
  ),
  q(
    'KD02',
    'KDKMP',
    'APW',
    'Di KDKMP, siapa yang menjadi Ketua Pengawas karena jabatannya?',
    ['Kepala Desa', 'Camat', 'Ketua RT', 'Bendahara desa'],
    'Juklak KDKMP: Kepala Desa adalah Ketua Pengawas ex officio.',
    '§1.4',
    ['pengawas', 'kdkmp']
  ),
  q(
    'KD03',
    'KDKMP',
    'APW',
    'Pengurus dan pengawas KDKMP …',
    [
      'tidak boleh memiliki hubungan keluarga',
      'sebaiknya satu keluarga',
      'boleh dijabat orang yang sama',
      'harus pegawai negeri'
    ],
    'Pengurus dan pengawas tidak boleh bersaudara, agar pengawasan tidak terganggu.',
    '§1.4',
    ['pengurus', 'pengawas']
  ),
  q(
    'KD04',
    'KDKMP',
    'APW',
    'Nama resmi KDKMP di sebuah desa adalah …',
    [
      'Koperasi Desa Merah Putih [Nama Desa]',
      'KUD [Nama Desa]',
      'BUMDes [Nama Desa]',
      'Koperasi Simpan Pinjam [Nama Desa]'
    ],
    'Format nama: "Koperasi Desa Merah Putih [Nama Desa]" atau "Koperasi Kelurahan Merah Putih [Nama Kelurahan]".',
    '§1.4',
    ['kdkmp']
  ),
  q(
    'KD05',
    'KDKMP',
    'APW',
    'Kegiatan yang diamanatkan untuk KDKMP antara lain …',
    [
      'sembako, simpan pinjam, klinik, apotek, pergudangan, logistik',
      'tambang, bank umum, asuransi',
      'hanya simpan pinjam',
      'hanya pertanian'
    ],
    'Inpres 9/2025: "meliputi namun tidak terbatas" kantor koperasi, sembako, simpan pinjam, klinik, apotek, pergudangan (cold storage), logistik.',
    '§1.4',
    ['unit-usaha', 'kdkmp']
  ),
  q(
    'KD06',
    'KDKMP',
    'APW',
    'Desa dengan penduduk kurang dari 500 orang …',
    [
      'boleh membentuk satu koperasi bersama beberapa desa',
      'tidak boleh membentuk koperasi',
      'wajib membentuk dua koperasi',
      'harus bergabung dengan kota'
    ],
    'Juklak: desa dengan kurang dari 500 penduduk boleh membentuk satu koperasi lintas beberapa desa.',
    '§1.4',
    ['kdkmp']
  ),
  q(
    'KD07',
    'KDKMP',
    'PW',
    'Kementerian menyediakan Business Assistant sebanyak …',
    ['satu untuk setiap 10 koperasi', 'satu untuk setiap desa', 'satu untuk setiap provinsi', 'tidak ada'],
    'Satu Business Assistant per 10 koperasi dan satu PMO per kabupaten.',
    '§1.4',
    ['business-assistant']
  ),
  q(
    'KD08',
    'KDKMP',
    'APW',
    'SIMKOPDES adalah …',
    [
      'sistem informasi koperasi desa milik Kemenkop yang dipakai secara daring',
      'nama bank penyalur pinjaman',
      'aturan pajak koperasi',
      'buku kas kertas'
    ],
    'SIMKOPDES mencatat koperasi, anggota, pengurus, pengawas; punya menu Tagihan Simpanan dan RAT. Belum ada API publik.',
    '§7.2',
    ['simkopdes']
  ),
  q(
    'KD09',
    'KDKMP',
    'PW',
    'Pinjaman bank Himbara untuk membangun gerai dan gudang dicatat sebagai …',
    ['utang bank (liabilitas)', 'hibah', 'modal sendiri', 'pendapatan'],
    'Pinjaman Himbara (disebut plafon Rp3 miliar, dicicil 3–5 tahun) adalah liabilitas 2-2101; gedung yang dibangun dicatat sebagai Aset dalam Penyelesaian.',
    '§1.4',
    ['kdkmp', 'liabilitas']
  ),
  q(
    'KD10',
    'KDKMP',
    'APW',
    'Tiga model pembentukan KDKMP adalah …',
    [
      'membentuk baru, mengembangkan koperasi yang ada, dan revitalisasi',
      'membeli koperasi swasta, menyewa, meminjam',
      'lewat bank, lewat kecamatan, lewat provinsi',
      'hanya membentuk baru'
    ],
    'Juklak: koperasi baru, pengembangan koperasi yang sudah ada, atau revitalisasi.',
    '§1.4',
    ['kdkmp']
  )
]

export const BANK_BY_ID: ReadonlyMap<string, BankQuestion> = new Map(QUESTION_BANK.map((x) => [x.id, x]))
