import type { CommandResult } from '../../../../shared/commands'

/** What paying an installment answers (the receipt prints it). */
export type PayResult = CommandResult<'loans.pay'>

/** What a schedule simulation answers (the simulation sheet prints it). */
export type SchedulePreview = CommandResult<'loans.schedulePreview'>
