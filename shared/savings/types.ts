// The three kinds of simpanan, apart from the command schemas: code that only needs these names
// (posting, reports, the compiled CLI's ledger commands) does not build the savings schemas.
export type SavingsType = 'POKOK' | 'WAJIB' | 'SUKARELA'
export const SAVINGS_TYPES: readonly SavingsType[] = ['POKOK', 'WAJIB', 'SUKARELA']
export const SAVINGS_TYPE_LABELS: Record<SavingsType, string> = {
  POKOK: 'Simpanan pokok',
  WAJIB: 'Simpanan wajib',
  SUKARELA: 'Simpanan sukarela'
}
