/** RAT commands (issue 7). */
export const ratCommands = {}
