/**
 * Prints the page with the document's name as the page title: the browser's and Electron's
 * "Simpan sebagai PDF" suggest the title as the file name (`KDMP-Sukamaju-Simulasi-Pinjaman-….pdf`).
 */
export function printAs(fileName: string, win: Window = window): void {
  const doc = win.document
  const before = doc.title
  doc.title = fileName.replace(/\.pdf$/i, '')
  try {
    win.print()
  } finally {
    doc.title = before
  }
}
