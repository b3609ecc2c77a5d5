/** Trading commands (issue 6). */
export const tradingCommands = {}
