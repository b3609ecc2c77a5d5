// English strings of the financial statement screens; same keys as ../id/statements.ts.
export const statements = {
  tabs: {
    balanceSheet: 'Financial position',
    incomeStatement: 'Income',
    equityChanges: 'Changes in equity',
    cashFlow: 'Cash flow',
    calk: 'Notes',
    periodic: 'Quarterly & half-yearly'
  },
  periodic: {
    title: 'Quarterly and half-yearly reports',
    form: 'Choose the report period',
    kind: 'Kind of period',
    kinds: { TRIWULAN: 'Quarter', SEMESTER: 'Half-year' } as Record<'TRIWULAN' | 'SEMESTER', string>,
    number: 'Period no.',
    year: 'Year',
    badYear: 'Enter a four-digit year, e.g. 2026',
    lead: 'KSP/USP periodic reports: financial position at the end of the period, income and cash flow during the period. Download the PDF to print all three at once.',
    totalAssets: 'Total assets at the end of the period',
    liabilitiesEquity: 'Total liabilities and equity',
    shu: 'SHU for this period (after tax)',
    openingCash: 'Cash and cash equivalents at the start of the period',
    netChange: 'Net increase (decrease) in cash',
    closingCash: 'Cash and cash equivalents at the end of the period',
    open: {
      balanceSheet: 'Open the Statement of Financial Position for this period',
      incomeStatement: 'Open the Income Statement for this period',
      cashFlow: 'Open the Cash Flow Statement for this period'
    }
  },
  titles: {
    balanceSheet: 'Statement of Financial Position',
    incomeStatement: 'Income Statement',
    equityChanges: 'Statement of Changes in Equity',
    cashFlow: 'Cash Flow Statement',
    calk: 'Notes to the Financial Statements'
  },
  form: {
    asOf: 'As of',
    compare: 'Compare with last year',
    pdf: 'Download PDF',
    xlsx: 'Download Excel',
    exporting: 'Preparing the file…',
    saved: (file: string) => `File saved in ${file}`,
    savedTitle: 'Report downloaded'
  },
  subtitleAsOf: (date: string) => `As of ${date}`,
  subtitlePeriod: (from: string, to: string) => `Period ${from} to ${to}`,
  subtitleYearEnded: (from: string, to: string) => `For the period ${from} to ${to}`,
  amountsNote: '(in rupiah)',
  colDescription: 'Description',
  colTotal: 'Amount',
  colLastYear: 'Last year',
  colCurrent: 'This period',
  noUnit: 'No unit',
  printedAt: (date: string) => `Printed from Lumbung, ${date}`,
  drillLabel: (what: string) => `Details of ${what}`,
  drillUnit: (what: string, unit: string) => `${what}, unit ${unit}`,
  drillLastYear: (what: string) => `${what}, last year`,
  bs: {
    totalOf: (title: string) => `Total ${title.toLowerCase()}`,
    totalLiabEquity: 'Total liabilities and equity',
    balanced: 'Balanced ✓',
    notBalanced: 'NOT balanced',
    balancedHint: 'Total assets equal total liabilities and equity.',
    notBalancedHint: (a: string, le: string) =>
      `Total assets ${a} do not equal total liabilities and equity ${le}. Run the book check in Settings.`,
    sharesAsLiability: 'Simpanan pokok and wajib are presented as liabilities.',
    empty: 'No balances.'
  },
  is: {
    shu: 'SHU after tax',
    partyTitle: 'Revenue from members and non-members',
    partyCaption: 'Business revenue by party, per business unit',
    colUnit: 'Business unit',
    colMember: 'Members',
    colNonMember: 'Non-members',
    colUnmarked: 'Not marked',
    partyDrill: (unit: string, party: string) => `revenue ${unit} – ${party}`,
    partyTotal: 'Total',
    chartTitle: 'SHU per business unit',
    chartSummary: (parts: string) => `SHU per business unit: ${parts}`,
    empty: 'No revenue or expenses in this period yet.'
  },
  eq: {
    shuCheck: (shu: string) => `Current-period SHU per the Income Statement: ${shu}`,
    shuOk: 'equal ✓',
    shuBad: 'different'
  },
  cf: {
    net: (title: string) => `Net: ${title}`,
    noLines: 'No cash flows.',
    netChange: 'Net increase (decrease) in cash and cash equivalents',
    opening: 'Cash and cash equivalents at the start of the period',
    closing: 'Cash and cash equivalents at the end of the period',
    check: (amount: string) => `Cash and bank balance in the books: ${amount}`,
    checkOk: 'equals closing cash ✓',
    checkBad: 'does NOT equal closing cash'
  },
  calk: {
    notesLabel: 'Notes',
    edit: 'Edit',
    editLabel: (title: string) => `Edit note ${title}`,
    textLabel: (title: string) => `Text of note ${title}`,
    save: 'Save note',
    saved: (title: string) => `Note ${title} saved.`
  },
  drill: {
    title: (what: string) => `Details of ${what}`,
    period: (from: string | null, to: string) =>
      from ? `Journal lines ${from} to ${to}` : `Journal lines up to ${to}`,
    cashOnly: 'Only lines against cash or bank.',
    caption: 'Journal lines behind the figure',
    colDate: 'Date',
    colNumber: 'Journal number',
    colDescription: 'Description',
    colAccount: 'Account',
    colUnit: 'Unit',
    colParty: 'Party',
    colDebit: 'Debit',
    colCredit: 'Credit',
    total: 'Total',
    empty: 'No journal lines.',
    openEntry: (n: string) => `Open journal ${n}`,
    party: { ANGGOTA: 'Member', NON_ANGGOTA: 'Non-member', TANPA: 'Not marked' } as Record<string, string>
  }
}
