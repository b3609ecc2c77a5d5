/** Bookkeeping commands (issue 6). */
export const bookkeepingCommands = {}
