// English strings of the Panduan (guide) screens; same keys as ../id/panduan.ts. Numbers keep the
// Indonesian grouping (1.234), like the rupiah amounts.
import type { ChecklistKey, ObligationKind, ObligationStatus } from '../../../../shared/panduan/calendar'
import { formatPercent } from '../../../../shared/money/decimal-text'

const n = (x: number) => x.toLocaleString('id-ID')

export const panduan = {
  title: 'Guide',
  lead: 'Cooperative know-how inside Lumbung: terms, understanding test, Member Sheet, calendar of obligations and the first-month steps.',
  tabs: {
    glosarium: 'Glossary',
    tes: 'Understanding test',
    'lembar-anggota': 'Member Sheet',
    kalender: 'Calendar of obligations',
    'langkah-awal': 'First-month steps'
  } as Record<string, string>,

  glossary: {
    open: 'Glossary (F1 or Ctrl+K)',
    dialogTitle: 'Glossary of cooperative terms',
    search: 'Search terms',
    searchHint:
      'Type a term, an abbreviation (JMA, PPAP) or a word to find. F1 or Ctrl+K opens the glossary from any screen.',
    results: (k: number) => `${n(k)} terms`,
    none: 'No matching term.',
    definition: 'Meaning',
    rule: 'Rule',
    example: 'Example',
    basis: 'Basis',
    sources: 'Sources',
    related: 'Related terms',
    status: {
      VERIFIED: 'Verified at its source',
      ASSUMED: 'Assumption/common practice — the cooperative can set it',
      STANDARD: 'Standard formula'
    } as Record<string, string>,
    basisText: (sections: string) => `DOMAIN.md ${sections}`,
    help: (term: string) => `Explanation of the term: ${term}`,
    back: 'Back to the list',
    all: 'All topics'
  },

  why: {
    toggle: 'What is this screen for?',
    hide: 'Hide the explanation',
    purpose: 'What for',
    who: 'Who does it',
    when: 'When',
    skipped: 'If skipped',
    basis: 'Basis',
    basisText: (sections: string) => `Basis: DOMAIN.md ${sections}`,
    icon: 'i',
    terms: 'Terms'
  },

  quiz: {
    intro:
      "A multiple-choice test on how the cooperative works. Some questions are computed from the cooperative's own books (SHU percentages, savings, loan products, number of members). Results are saved in the book and summarised in the RAT book and the Dinas report.",
    startTitle: 'Start the test',
    role: 'Test for',
    roles: { PENGURUS: 'Board', PENGAWAS: 'Supervisors', ANGGOTA: 'Members' } as Record<string, string>,
    person: 'Participant',
    personOfficer: 'Choose a serving board member/supervisor',
    personMember: 'Choose a member',
    personName: "or write the participant's name",
    personNameHint: 'E.g. the village head as chair of the supervisors if not recorded yet.',
    noOfficers: "Nobody is recorded as serving yet; write the participant's name.",
    choose: '— choose —',
    start: 'Start the test',
    starting: 'Preparing the questions…',
    needPerson: 'Choose a participant or write their name.',
    paperTitle: (role: string, name: string) => `Understanding test ${role} — ${name}`,
    paperIntro: (k: number, pass: number) =>
      `${n(k)} questions. Passed with at least ${pass} % correct. Choose one answer for every question.`,
    computedBadge: "from the cooperative's books",
    question: (no: number) => `Question ${no}`,
    answered: (a: number, k: number) => `${n(a)} of ${n(k)} questions answered`,
    submit: 'Hand in the answers',
    submitting: 'Marking…',
    unanswered: (k: number) => `${n(k)} questions are unanswered; empty questions count as wrong. Hand in anyway?`,
    submitAnyway: 'Yes, hand in',
    resultTitle: 'Understanding test result sheet',
    score: (c: number, k: number, p: string) => `${n(c)} of ${n(k)} correct (${formatPercent(p)})`,
    passed: 'PASSED',
    failed: 'NOT PASSED YET',
    passRule: (p: number) => `Pass mark ${p} % correct.`,
    byTopic: 'By topic',
    yourAnswer: 'Answer',
    rightAnswer: 'Correct answer',
    noAnswer: '(not answered)',
    explanation: 'Explanation',
    basis: (b: string) => `Basis: DOMAIN.md ${b}`,
    print: 'Print result sheet',
    again: 'Test again',
    takenOn: (d: string) => `Test date: ${d}`,
    signature: "Participant's signature",
    historyTitle: 'Test results',
    year: 'Year',
    colDate: 'Date',
    colName: 'Participant',
    colRole: 'Test',
    colScore: 'Score',
    colStatus: 'Result',
    open: 'View',
    notSubmitted: 'not handed in',
    noHistory: 'No tests this year yet.',
    summary: (role: string, took: number, passed: number) => `${role}: ${n(took)} took part, ${n(passed)} passed`,
    serving: (k: number) => `(${n(k)} serving)`
  },

  sheet: {
    intro:
      'One page per member about their year: savings, loans, SHU share explained from their own figures, and their rights and obligations. Handed out at the RAT. Figures come from the books; totals equal the savings books and the SHU computation.',
    year: 'Financial year',
    yearInvalid: 'Enter the financial year with four digits, e.g. 2025',
    members: (k: number) => `${n(k)} members`,
    asOf: (d: string) => `Figures as of ${d}`,
    shuStatus: {
      DIBUKUKAN: 'SHU decided by the RAT and posted',
      PERKIRAAN: 'SHU is still an estimate (not decided by the RAT yet)',
      RUGI: 'No SHU is distributed'
    } as Record<string, string>,
    totalsTitle: 'Total of all members',
    type: 'Type',
    opening: 'Opening balance',
    deposits: 'Deposits',
    withdrawals: 'Withdrawals',
    jasa: 'Interest',
    pph: 'Tax',
    corrections: 'Corrections',
    closing: 'Closing balance',
    total: 'Total',
    types: { POKOK: 'Simpanan pokok', WAJIB: 'Simpanan wajib', SUKARELA: 'Simpanan sukarela' } as Record<
      string,
      string
    >,
    loansTotal: (k: number) => `Loans: ${n(k)}`,
    outstanding: 'Principal left on 31 December',
    shuTotal: "Member's SHU (JMA + JUA)",
    pdf: 'Print PDF of all members',
    xlsx: 'Download XLSX',
    making: 'Preparing the Member Sheets… (thousands of members may take a few seconds)',
    pages: (k: number) => `${n(k)} pages`,
    tooLarge: 'Files over 20 MB are not previewed here; use Open or Show in folder.',
    preview: 'Member Sheet preview',
    previewOne: "See one member's Member Sheet",
    pick: 'Member',
    sections: { savings: '1. Savings', loans: '2. Loans', shu: '3. SHU share', rights: '4. Rights and obligations' },
    noLoans: 'No loans in this financial year.',
    loanCols: {
      loanNo: 'Loan no.',
      product: 'Product',
      opening: 'Left 1 Jan',
      pokok: 'Principal paid',
      jasa: 'Interest paid',
      denda: 'Late fees',
      outstanding: 'Left 31 Dec',
      status: 'Kolektibilitas'
    },
    daysPastDue: (days: string) => ` (${days} days)`,
    loanStatus: {
      LANCAR: 'Current',
      KURANG_LANCAR: 'Substandard',
      DIRAGUKAN: 'Doubtful',
      MACET: 'Loss',
      LUNAS: 'Paid off',
      HAPUS_BUKU: 'Written off'
    } as Record<string, string>,
    shuCols: {
      S: 'Your capital (S)',
      totalS: 'All capital (ΣS)',
      JMA: 'JMA',
      T: 'Your transactions (T)',
      totalT: 'All transactions (ΣT)',
      JUA: 'JUA',
      total: 'Your SHU'
    },
    rights: 'Rights',
    obligations: 'Obligations'
  },

  calendar: {
    intro:
      "The cooperative's obligations through the year with their deadlines. What shows in the books is ticked automatically; what does not (Dinas report sent, quarterly report, annual report ready) is marked by hand.",
    year: 'Year',
    colDue: 'Deadline',
    colWhat: 'Obligation',
    colStatus: 'State',
    colDone: 'Done',
    open: 'Open',
    markDone: 'Mark done',
    unmark: 'Undo the mark',
    empty: 'No obligations recorded for this year.',
    status: { SELESAI: 'Done', TERLAMBAT: 'Late', SEGERA: 'Soon', AKAN_DATANG: 'Upcoming' } as Record<
      ObligationStatus,
      string
    >,
    kinds: {
      WAJIB: 'Bill and record simpanan wajib',
      JASA: 'Post simpanan sukarela interest and tax',
      PENYUSUTAN: 'Post depreciation of fixed assets',
      TUTUP_BULAN: 'Close (lock) the month',
      LAPORAN_TRIWULAN: 'Prepare the quarterly financial report (KSP/USP)',
      TUTUP_TAHUN: 'Close the year',
      LAPORAN_TAHUNAN: 'Annual report ready (1 month before the RAT)',
      RAT: "Annual Members' Meeting",
      DINAS: 'Report the RAT to the Dinas/ODS (1 month after the RAT)',
      MASA_JABATAN: 'Term of office ends — election at the RAT'
    } as Record<ObligationKind, string>,
    behind: (k: number) => `${n(k)} members not paid up`,
    periodMonth: (what: string, month: string) => `${what} — ${month}`,
    periodQuarter: (what: string, quarter: string, year: string) => `${what} — quarter ${quarter} ${year}`,
    periodYear: (what: string, year: string) => `${what} — financial year ${year}`,
    periodTerm: (what: string, name: string) => `${what}: ${name}`,
    manual: 'marked by hand',
    settingsTitle: 'Calendar settings',
    ratMonths: 'RAT deadline (months after the financial year ends)',
    ratMonthsHint: 'The law: at most 6 months (30 June). The Dinas often asks for the end of March (3 months).',
    reminderDays: 'Remind how many days before',
    save: 'Save settings',
    saved: 'Settings saved.',
    remindersTitle: 'Obligations that are late or due soon',
    remindersNone: 'No obligations late or due soon.',
    late: 'Late',
    soon: 'Soon',
    due: (d: string) => `deadline ${d}`,
    seeAll: 'Full calendar',
    lateGroup: (what: string, k: number, since: string) => `${what}: ${n(k)} not done${since ? `, since ${since}` : ''}`
  },

  checklist: {
    title: 'First-month steps',
    intro: 'Steps so the first month in Lumbung is right. A tick appears by itself when the books show it.',
    progress: (d: number, k: number) => `${n(d)} of ${n(k)} steps done`,
    open: 'Do it',
    notNeeded: 'not needed',
    doneMark: '(done) ',
    notDoneMark: '(not yet) ',
    doneIcon: '✓',
    notDoneIcon: '○',
    hide: 'Hide from Home',
    show: 'Show on Home again',
    noOpening: 'New cooperative, no opening balances',
    undoNoOpening: 'Undo: there are opening balances',
    items: {
      PROFIL: 'Complete the cooperative profile (legal entity number and date)',
      PENGURUS: 'Record the chair, treasurer and supervisors with their terms of office',
      PENGATURAN_SIMPANAN: 'Set the simpanan pokok and wajib amounts as decided by the meeting',
      ANGGOTA: 'Register the members (at least 9 founders)',
      SALDO_AWAL: 'Enter the opening balances from the old books (or mark a new cooperative)',
      SIMPANAN_POKOK: "Record every member's simpanan pokok",
      KAS: 'Record cash receipts and payments',
      PRODUK_PINJAMAN: 'Set up loan products (interest, term, provision fee, late fees)',
      WAJIB_BULAN_PERTAMA: "Collect the first month's simpanan wajib in full",
      JASA_BULAN_PERTAMA: "Post the first month's simpanan sukarela interest",
      TUTUP_BULAN_PERTAMA: 'Close (lock) the first month',
      CADANGAN: 'Set up backups to a flash drive',
      TES_PENGURUS: 'The board takes the understanding test'
    } as Record<ChecklistKey, string>,
    count: (c: number, k: number | null) => (k === null ? `${n(c)}` : `${n(c)} of ${n(k)}`)
  }
}
