// English strings of the file door (choosing, saving, uploading); same keys as ../id/files.ts.
export const files = {
  choose: 'Choose file…',
  chooseFolder: 'Choose folder…',
  chosen: (name: string) => `File chosen: ${name}`,
  none: 'No file chosen yet.',
  uploading: 'Uploading the file…',
  savedOrDownloaded: (r: { file: string | null; name: string }) =>
    r.file ? `File saved in ${r.file}` : `File downloaded: ${r.name}`,
  savedTitle: 'File saved',
  downloadedTitle: 'File downloaded',
  open: 'Open',
  reveal: 'Show in folder',
  openLabel: (name: string) => `Open ${name}`,
  revealLabel: (name: string) => `Show ${name} in folder`,
  browserFolder:
    'The browser keeps downloads in its own folder (usually "Downloads"); see the browser\'s download list (Ctrl+J) to open the folder.',
  openFailed: 'The file cannot be opened.',
  folderOnlyDesktop:
    'An extra backup folder can only be chosen in the desktop app (or through the CLI) on the laptop of this book.',
  filters: {
    spreadsheet: 'Spreadsheet (Excel or CSV)',
    book: 'Lumbung book',
    cooperativeReport: 'Cooperative report'
  },
  uploadUnavailable: 'upload not available',
  titles: {
    save: 'Save file',
    importMembers: 'Choose the member list file (.xlsx or .csv)',
    importCollection: 'Choose the payroll deduction / bulk deposit file (.xlsx or .csv)',
    restore: 'Choose a backup or book file (.lumbung or .sqlite)',
    dinasImport: 'Choose the cooperative report file (.lumbung.json)',
    backupFolder: 'Choose an extra backup folder (e.g. a flash drive)'
  }
}
