/** Statements commands (issue 6). */
export const statementCommands = {}
