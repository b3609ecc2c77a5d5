// Strings of the file door (choosing, saving, uploading), part of the Bahasa Indonesia messages (see ../id.ts).
export const files = {
  choose: 'Pilih berkas…',
  chooseFolder: 'Pilih folder…',
  chosen: (name: string) => `Berkas dipilih: ${name}`,
  none: 'Belum ada berkas dipilih.',
  uploading: 'Mengunggah berkas…',
  savedOrDownloaded: (r: { file: string | null; name: string }) =>
    r.file ? `Berkas tersimpan di ${r.file}` : `Berkas diunduh: ${r.name}`,
  savedTitle: 'Berkas tersimpan',
  downloadedTitle: 'Berkas diunduh',
  open: 'Buka',
  reveal: 'Tampilkan di folder',
  openLabel: (name: string) => `Buka ${name}`,
  revealLabel: (name: string) => `Tampilkan ${name} di folder`,
  browserFolder:
    'Peramban menyimpan unduhan di foldernya sendiri (biasanya "Unduhan"); lihat daftar unduhan peramban (Ctrl+J) untuk membuka foldernya.',
  openFailed: 'Berkas tidak dapat dibuka.',
  folderOnlyDesktop:
    'Folder cadangan tambahan hanya dapat dipilih di aplikasi desktop (atau lewat CLI) di laptop buku ini.',
  filters: {
    spreadsheet: 'Lembar kerja (Excel atau CSV)',
    book: 'Buku Lumbung',
    cooperativeReport: 'Laporan koperasi'
  },
  uploadUnavailable: 'unggah tidak tersedia',
  titles: {
    save: 'Simpan berkas',
    importMembers: 'Pilih berkas daftar anggota (.xlsx atau .csv)',
    importCollection: 'Pilih berkas potongan gaji / setoran massal (.xlsx atau .csv)',
    restore: 'Pilih berkas cadangan atau buku (.lumbung atau .sqlite)',
    dinasImport: 'Pilih berkas laporan koperasi (.lumbung.json)',
    backupFolder: 'Pilih folder cadangan tambahan (mis. flashdisk)'
  }
}
