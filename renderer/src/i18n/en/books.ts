// English strings of the book exports (PDF A4/F4 and XLSX of every book); same keys as ../id/books.ts.
export const books = {
  group: (title: string) => `Print or export ${title}`,
  pdfA4: 'PDF A4',
  pdfF4: 'PDF F4',
  xlsx: 'XLSX',
  pdfA4Label: (title: string) => `Export ${title} to A4 PDF`,
  pdfF4Label: (title: string) => `Export ${title} to F4 PDF (folio, 215 × 330 mm)`,
  xlsxLabel: (title: string) => `Export ${title} to XLSX (Excel)`,
  exporting: 'Preparing the file…'
}
