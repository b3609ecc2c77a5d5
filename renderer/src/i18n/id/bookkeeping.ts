// Strings of the bookkeeping screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const bookkeeping = {}
