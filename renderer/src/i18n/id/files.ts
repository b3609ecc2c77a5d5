// Strings of the file door (choosing, saving, uploading), part of the Bahasa Indonesia messages (see ../id.ts).
export const files = {
  choose: 'Pilih berkas…',
  chooseFolder: 'Pilih folder…',
  chosen: (name: string) => `Berkas dipilih: ${name}`,
  none: 'Belum ada berkas dipilih.',
  uploading: 'Mengunggah berkas…',
  saved: (file: string) => `Berkas tersimpan di ${file}`,
  downloaded: (name: string) => `Berkas diunduh: ${name}`,
  savedOrDownloaded: (r: { file: string | null; name: string }) => (r.file ? `Berkas tersimpan di ${r.file}` : `Berkas diunduh: ${r.name}`),
  folderOnlyDesktop: 'Folder cadangan tambahan hanya dapat dipilih di aplikasi desktop (atau lewat CLI) di laptop buku ini.',
  titles: {
    save: 'Simpan berkas',
    importMembers: 'Pilih berkas daftar anggota (.xlsx atau .csv)',
    importCollection: 'Pilih berkas potongan gaji / setoran massal (.xlsx atau .csv)',
    restore: 'Pilih berkas cadangan atau buku (.lumbung atau .sqlite)',
    dinasImport: 'Pilih berkas laporan koperasi (.lumbung.json)',
    backupFolder: 'Pilih folder cadangan tambahan (mis. flashdisk)'
  }
}
