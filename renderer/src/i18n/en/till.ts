// English strings of the Meja Kasir (cash desk) screens; same keys as ../id/till.ts.
export const till = {
  nav: 'Cash desk',
  title: 'Cash desk',
  leadDesk:
    'Your daily cash: open the drawer with a float, serve sales and savings, then count the closing cash and hand it to the treasurer.',
  leadOffice:
    "Cashier hand-overs: every cashier's and teller's daily cash. Accept hand-overs that have been counted; cash differences are posted after acceptance.",
  tabs: { sale: 'Sales', savings: 'Savings', instalment: 'Instalments', close: 'Close cash', report: 'Cash report' },
  instalment: {
    loan: 'Running loan',
    loanOption: (loanNo: string, principal: string) => `${loanNo} · principal ${principal}`,
    choose: 'Choose a loan',
    none: 'This member has no running loan'
  },
  open: {
    title: "Open today's cash",
    lead: (date: string) => `The cash of ${date} is not open yet. Count the float you received from the treasurer.`,
    float: "Cashier's float",
    floatHint: "Change money taken from the treasurer's cash (Rp0 is fine)",
    unit: 'Business unit (for sales)',
    noUnit: 'No unit (savings and loans counter)',
    submit: 'Open cash',
    needFloat: 'Enter the float (Rp0 if none)'
  },
  summary: {
    label: "Today's cash summary",
    float: 'Float',
    cashIn: 'Money in',
    cashOut: 'Money out',
    expected: 'Expected cash',
    counted: 'Counted',
    received: 'Received by the treasurer (recounted)',
    difference: 'Difference',
    over: (amount: string) => `over ${amount}`,
    short: (amount: string) => `short ${amount}`,
    none: 'none'
  },
  status: { BUKA: 'Open', DISERAHKAN: 'Waiting for the treasurer', DITERIMA: 'Accepted by the treasurer' } as Record<
    string,
    string
  >,
  waiting:
    "Today's cash is closed and handed over. The treasurer will recount and accept your hand-over; a new cash can be opened after that.",
  close: {
    title: 'Count the closing cash',
    lead: 'Count the money in the drawer. Enter the number of notes/coins per denomination, or the amount directly.',
    denomination: 'Denomination',
    count: 'Notes/coins',
    amount: 'Amount',
    countOf: (value: string) => `Number of notes/coins of ${value}`,
    wholeCount: 'Enter the number of notes/coins as a whole number (0, 1, 2, …)',
    fromCounts: 'Total by denomination',
    counted: 'Money in the drawer',
    countedHint: 'May stay empty when the denominations are filled in',
    note: 'Note',
    submit: 'Close cash and hand over',
    confirm: (counted: string, expected: string) =>
      `Hand over ${counted}? Expected cash is ${expected}. After the hand-over, no more transactions go through this cash.`,
    needCount: 'Enter the money in the drawer or the number of notes per denomination',
    mismatch: (counted: string, fromCounts: string) =>
      `The amount ${counted} differs from the denomination total ${fromCounts}`,
    done: 'Cash closed and handed to the treasurer.'
  },
  report: {
    title: "Cashier's Daily Cash Report",
    cashier: 'Cashier',
    date: 'Cash date',
    status: 'Status',
    drawer: 'Cash drawer',
    openedAt: 'Opened',
    closedAt: 'Handed over',
    acceptedAt: 'Accepted',
    acceptedBy: 'Accepted by',
    movements: 'Transactions through the cash drawer',
    time: 'Time',
    entry: 'Journal no.',
    description: 'Description',
    source: 'Kind',
    in: 'In',
    out: 'Out',
    noMovements: 'No transactions yet.',
    denominations: 'Denomination details',
    handover: 'Hand-over journal',
    signCashier: 'Cashier',
    signTreasurer: 'Treasurer',
    print: 'Print cash report',
    printed: (stamp: string) => `Printed ${stamp}`,
    sources: { USAHA: 'Sales', SIMPANAN: 'Savings', PINJAMAN: 'Instalments', KASIR: 'Cashier cash' } as Record<
      string,
      string
    >
  },
  office: {
    list: 'Cashier cash sessions',
    empty: 'No cashier cash sessions yet.',
    filter: 'Status',
    all: 'All',
    accept: 'Accept hand-over',
    confirmAccept: (who: string, counted: string, difference: string) =>
      `Accept the hand-over of ${who} of ${counted}? Cash difference: ${difference}.`,
    received: 'Amount you received',
    receivedHint: "Recount the money; change it if it differs from the cashier's count",
    accepted: (who: string, entry: string) => `Hand-over of ${who} accepted; journal ${entry}.`,
    acceptedNoEntry: (who: string) => `Hand-over of ${who} accepted.`,
    open: 'View',
    back: 'Back to the list'
  },
  settings: {
    title: 'Withdrawal limit for cashiers/tellers',
    lead: 'Savings withdrawals above this limit per transaction are served by the treasurer.',
    limit: 'Withdrawal limit per transaction',
    save: 'Save limit',
    saved: (amount: string) => `The withdrawal limit for cashiers/tellers is now ${amount}.`
  }
}
