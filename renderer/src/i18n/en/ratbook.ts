// English strings of the RAT book screen; same keys as ../id/ratbook.ts.
export const ratbook = {
  title: 'RAT report book',
  intro:
    "The board's and supervisors' accountability book for the Annual Members' Meeting: cover, foreword, contents, agenda, rules of order, board report with tables from the books, supervisors' report, financial statements with comparatives, per-member appendix and attendance list.",
  year: 'Financial year',
  yearInvalid: 'Enter the financial year with four digits, e.g. 2025',
  blocksTitle: 'Book text',
  blocksHint:
    "The default text uses the cooperative's name and the financial year. Adapt it to the cooperative and save; figures and tables come from the books.",
  defaultBadge: 'default text',
  editedBadge: 'edited',
  save: 'Save text',
  saving: 'Saving…',
  saved: 'Text saved.',
  reset: 'Restore the default text',
  resetConfirm: 'Restore this part to the default text? The edited text will be lost.',
  resetYes: 'Yes, restore',
  unsaved: 'Not saved yet',
  empty: 'The text must not be empty.',
  make: 'Make the RAT book',
  making: 'Making the RAT book… (a large book may take a few seconds)',
  madeTitle: 'RAT book made',
  pages: (n: number) => `${n.toLocaleString('id-ID')} pages`,
  tooLarge: 'Files over 20 MB are not previewed here; use Open or Show in folder.',
  preview: 'RAT book preview',
  unsavedBeforeMake: 'Some text is not saved; save it first so it goes into the book.'
}
