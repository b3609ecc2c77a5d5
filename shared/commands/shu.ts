/** SHU commands (issue 7). */
export const shuCommands = {}
