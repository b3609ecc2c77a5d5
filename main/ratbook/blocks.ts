import {
  RATBOOK_BLOCKS,
  RATBOOK_BLOCK_TITLES,
  type RatbookBlock,
  type RatbookBlockKey,
  type RatbookBlocks
} from '../../shared/commands/ratbook'
import type { CooperativeProfile } from '../../shared/ledger/types'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'
import { requireProfile } from '../setup/profile'

export const blockSettingKey = (year: number, key: RatbookBlockKey) => `ratbook.${year}.${key}`

/** The RAT number: the first financial year's RAT is the first. */
export const ratNumber = (profile: CooperativeProfile, year: number) =>
  Math.max(1, year - profile.firstFinancialYear + 1)

/** Default Indonesian templates, filled with the cooperative's name and the year (DOMAIN.md §6.1). */
export function defaultBlock(key: RatbookBlockKey, p: CooperativeProfile, year: number): string {
  const n = ratNumber(p, year)
  const next = year + 1
  switch (key) {
    case 'kataPengantar':
      return [
        'Assalamu’alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.',
        `Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa karena atas rahmat-Nya Pengurus ${p.name} dapat menyusun Laporan Pertanggungjawaban Pengurus dan Pengawas Tahun Buku ${year} untuk disampaikan dalam Rapat Anggota Tahunan (RAT) ke-${n}.`,
        `Laporan ini memuat pelaksanaan tugas pengurus di bidang organisasi, usaha dan keuangan selama tahun buku ${year}, laporan hasil pengawasan, laporan keuangan beserta pembandingnya, serta lampiran simpanan, pinjaman dan sisa hasil usaha (SHU) per anggota. Angka-angka dalam buku ini disusun langsung dari pembukuan koperasi.`,
        'Kami mengucapkan terima kasih kepada seluruh anggota, pengawas, karyawan, Pemerintah Desa, Dinas Koperasi dan semua pihak atas dukungan dan kerja samanya. Kami menyadari laporan ini masih memiliki kekurangan; saran dan masukan anggota sangat kami harapkan.',
        'Wassalamu’alaikum warahmatullahi wabarakatuh.'
      ].join('\n\n')
    case 'susunanAcara':
      return [
        'A. Acara Umum',
        '1. Pembukaan',
        '2. Menyanyikan lagu Indonesia Raya',
        '3. Sambutan-sambutan (Ketua Koperasi, Kepala Desa, Dinas Koperasi)',
        'B. Acara Khusus',
        '1. Pemilihan pimpinan rapat (3 orang)',
        '2. Pengesahan tata tertib RAT',
        '3. Pengumuman daftar hadir dan kuorum',
        '4. Laporan pertanggungjawaban pengurus',
        '5. Laporan hasil pengawasan',
        '6. Pandangan umum anggota',
        `7. Pengesahan laporan pertanggungjawaban dan laporan keuangan tahun buku ${year}`,
        '8. Penetapan pembagian SHU',
        `9. Rencana Kerja dan RAPB tahun ${next}`,
        '10. Pemilihan pengurus/pengawas (bila masa jabatan berakhir)',
        '11. Penutup dan doa'
      ].join('\n')
    case 'tataTertib':
      return [
        `1. Rapat Anggota Tahunan ke-${n} ${p.name} Tahun Buku ${year} adalah pemegang kekuasaan tertinggi koperasi.`,
        '2. Peserta rapat adalah anggota yang namanya tercatat dalam Buku Daftar Anggota dan menandatangani daftar hadir; undangan dan peninjau tidak mempunyai hak suara.',
        '3. Rapat sah bila dihadiri lebih dari setengah jumlah anggota (kuorum) sesuai Anggaran Dasar. Bila kuorum tidak tercapai, rapat ditunda paling lama 7 hari.',
        '4. Setiap anggota mempunyai satu hak suara dan tidak dapat diwakilkan.',
        '5. Keputusan diambil dengan musyawarah untuk mufakat; bila tidak tercapai, dengan suara terbanyak anggota yang hadir.',
        '6. Rapat dipimpin oleh pimpinan rapat yang dipilih dari dan oleh peserta rapat.',
        '7. Peserta yang ingin berbicara mengangkat tangan dan berbicara setelah dipersilakan pimpinan rapat.',
        '8. Hal-hal yang belum diatur dalam tata tertib ini diputuskan oleh pimpinan rapat.'
      ].join('\n')
    case 'pendahuluan':
      return [
        `${p.name} didirikan untuk meningkatkan kesejahteraan anggota dan masyarakat ${p.village}. Sesuai Anggaran Dasar, pengurus wajib mempertanggungjawabkan pelaksanaan tugasnya kepada Rapat Anggota Tahunan.`,
        `Dasar hukum: Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian beserta perubahannya; Peraturan Pemerintah Nomor 7 Tahun 2021; Anggaran Dasar dan Anggaran Rumah Tangga ${p.name}; serta keputusan Rapat Anggota Tahunan sebelumnya.`,
        `Maksud dan tujuan laporan ini adalah menyampaikan pelaksanaan tugas pengurus selama tahun buku ${year} untuk dinilai dan disahkan oleh anggota.`,
        'Sistematika: Bab I Pendahuluan, Bab II Bidang Organisasi dan Kelembagaan, Bab III Bidang Usaha, Bab IV Bidang Keuangan dan Permodalan, Bab V Realisasi Rencana Kerja dan RAPB, Bab VI Penutup.'
      ].join('\n\n')
    case 'organisasi':
      return `Selama tahun buku ${year} pengurus menyelenggarakan rapat pengurus secara berkala dan rapat gabungan pengurus dan pengawas. Perkembangan keanggotaan, dengan laki-laki dan perempuan dihitung terpisah, disajikan pada tabel berikut.`
    case 'usaha':
      return `Kegiatan usaha koperasi dijalankan melalui unit-unit usaha. Hasil tiap unit usaha selama tahun buku ${year}, menurut Laporan Perhitungan Hasil Usaha per unit, disajikan pada tabel berikut, disusul keadaan pinjaman anggota menurut kolektibilitas.`
    case 'keuangan':
      return `Keadaan permodalan koperasi per 31 Desember ${year}, terdiri atas modal sendiri dan modal luar, serta beberapa rasio keuangan pokok disajikan berikut ini. Laporan keuangan lengkap disajikan pada bagian Laporan Keuangan.`
    case 'rencanaKerja':
      return `Realisasi Rencana Kerja dan Rencana Anggaran Pendapatan dan Belanja (RAPB) tahun ${year} dibandingkan dengan anggaran yang disahkan RAT sebelumnya. Rencana Kerja dan RAPB tahun ${next} diajukan kepada rapat untuk disahkan.`
    case 'penutupPengurus':
      return `Demikian laporan pertanggungjawaban pengurus tahun buku ${year} ini kami sampaikan. Kami mohon Rapat Anggota Tahunan berkenan mengesahkannya dan memberikan pembebasan tanggung jawab (acquit et de charge) kepada pengurus atas pelaksanaan tugas tahun buku ${year}.`
    case 'laporanPengawas':
      return [
        `Pendahuluan: Pengawas ${p.name} telah melaksanakan pengawasan atas pelaksanaan kebijakan dan pengelolaan koperasi oleh pengurus selama tahun buku ${year}, sesuai Anggaran Dasar.`,
        'Ruang lingkup: bidang organisasi, bidang usaha, bidang keuangan dan bidang administrasi.',
        'Pelaksanaan: pemeriksaan dilakukan dengan kas opname, konfirmasi saldo simpanan dan pinjaman anggota, stock opname persediaan, serta penelaahan bukti dan pembukuan.',
        'Temuan: (diisi oleh pengawas).',
        `Pendapat: menurut pendapat kami, laporan keuangan tahun buku ${year} telah disusun dari pembukuan koperasi dan menyajikan keadaan keuangan koperasi secara wajar.`,
        'Rekomendasi: (diisi oleh pengawas).'
      ].join('\n\n')
    case 'penutup':
      return `Demikian buku Laporan Pertanggungjawaban Pengurus dan Pengawas Rapat Anggota Tahunan ke-${n} Tahun Buku ${year} ${p.name} ini disusun. Semoga koperasi semakin maju dan bermanfaat bagi seluruh anggota.`
  }
}

export function ratbookBlocks(book: Book, year: number): RatbookBlocks {
  const p = requireProfile(book)
  return { year, blocks: RATBOOK_BLOCKS.map((key) => blockOf(book, p, year, key)) }
}

function blockOf(book: Book, p: CooperativeProfile, year: number, key: RatbookBlockKey): RatbookBlock {
  const saved = getSetting(book, blockSettingKey(year, key))
  return { key, title: RATBOOK_BLOCK_TITLES[key], text: saved ?? defaultBlock(key, p, year), isDefault: saved === null }
}

export function setRatbookBlock(book: Book, year: number, key: RatbookBlockKey, text: string | null): RatbookBlock {
  const p = requireProfile(book)
  // Line ends normalised; trailing spaces trimmed so a re-save does not look like a change.
  setSetting(book, blockSettingKey(year, key), text === null ? null : text.replace(/\r\n?/g, '\n').trim())
  return blockOf(book, p, year, key)
}

/** Every block's text for the year, saved or default. */
export function blockTexts(book: Book, year: number): Record<RatbookBlockKey, string> {
  return Object.fromEntries(ratbookBlocks(book, year).blocks.map((b) => [b.key, b.text])) as Record<
    RatbookBlockKey,
    string
  >
}
