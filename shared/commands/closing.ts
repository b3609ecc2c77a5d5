/** Closing commands (issue 7). */
export const closingCommands = {}
