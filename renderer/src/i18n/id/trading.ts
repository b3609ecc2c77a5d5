// Strings of the trading screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const trading = {}
