// Strings of the RAT book screen, part of the Bahasa Indonesia messages (see ../id.ts).
export const ratbook = {
  title: 'Buku laporan RAT',
  intro:
    'Buku laporan pertanggungjawaban pengurus dan pengawas untuk Rapat Anggota Tahunan: sampul, kata pengantar, daftar isi, acara, tata tertib, laporan pengurus dengan tabel dari pembukuan, laporan pengawas, laporan keuangan dengan pembanding, lampiran per anggota dan daftar hadir.',
  year: 'Tahun buku',
  yearInvalid: 'Isi tahun buku empat angka, mis. 2025',
  blocksTitle: 'Teks buku',
  blocksHint:
    'Teks bawaan memakai nama koperasi dan tahun buku. Ubah sesuai keadaan koperasi lalu simpan; angka dan tabel diambil dari pembukuan.',
  defaultBadge: 'teks bawaan',
  editedBadge: 'sudah diubah',
  save: 'Simpan teks',
  saving: 'Menyimpan…',
  saved: 'Teks tersimpan.',
  reset: 'Kembalikan teks bawaan',
  resetConfirm: 'Kembalikan bagian ini ke teks bawaan? Teks yang sudah diubah akan hilang.',
  resetYes: 'Ya, kembalikan',
  unsaved: 'Belum disimpan',
  empty: 'Isi teks tidak boleh kosong.',
  make: 'Buat buku RAT',
  making: 'Membuat buku RAT… (buku besar dapat memerlukan beberapa detik)',
  madeTitle: 'Buku RAT selesai dibuat',
  pages: (n: number) => `${n.toLocaleString('id-ID')} halaman`,
  tooLarge: 'Berkas lebih dari 20 MB tidak dipratinjau di sini; gunakan Buka atau Tampilkan di folder.',
  preview: 'Pratinjau buku RAT',
  unsavedBeforeMake: 'Ada teks yang belum disimpan; simpan dulu agar masuk ke buku.'
}
