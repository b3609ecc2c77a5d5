// Strings of the book exports (PDF A4/F4 and XLSX of every book), part of the Bahasa Indonesia messages (see ../id.ts).
export const books = {
  group: (title: string) => `Cetak atau ekspor ${title}`,
  pdfA4: 'PDF A4',
  pdfF4: 'PDF F4',
  xlsx: 'XLSX',
  pdfA4Label: (title: string) => `Ekspor ${title} ke PDF ukuran A4`,
  pdfF4Label: (title: string) => `Ekspor ${title} ke PDF ukuran F4 (folio, 215 × 330 mm)`,
  xlsxLabel: (title: string) => `Ekspor ${title} ke XLSX (Excel)`,
  exporting: 'Menyiapkan berkas…'
}
