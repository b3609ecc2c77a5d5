// Strings of the region picker (Kemendagri codes) in the profile, part of the Bahasa Indonesia messages (see ../id.ts).
export const regions = {
  legend: 'Wilayah (daftar Kemendagri)',
  hint: 'Pilih dari daftar wilayah Kemendagri: kode wilayah ikut tersimpan dan dibawa ke laporan Dinas; zona waktu mengikuti provinsi.',
  choose: { 1: 'Pilih provinsi', 2: 'Pilih kabupaten/kota', 3: 'Pilih kecamatan', 4: 'Pilih desa/kelurahan' } as Record<
    number,
    string
  >,
  chooseAbove: 'Pilih dahulu tingkat di atasnya',
  code: (code: string) => `Kode ${code}`,
  loading: 'Memuat daftar wilayah…',
  manual: 'Wilayah tidak ada di daftar? Ketik manual',
  manualHint: 'Nama wilayah diketik tanpa kode Kemendagri. Laporan Dinas tidak membawa kode wilayah.',
  fromList: 'Pilih dari daftar Kemendagri',
  unavailable: 'Daftar wilayah tidak dapat dimuat; nama wilayah diketik manual.',
  guided: (level: string, text: string) =>
    `Buku lama menulis ${level.toLowerCase()} “${text}”. Pilih yang sesuai dari daftar:`,
  suggestion: (name: string, code: string, score: string) => `${name} (kode ${code}, kemiripan ${score})`,
  noSuggestion: (level: string, text: string) =>
    `Tidak ada ${level.toLowerCase()} yang mirip dengan “${text}”; pilih dari daftar di atas.`
}
