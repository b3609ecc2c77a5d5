// Strings of the statements screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const statements = {}
