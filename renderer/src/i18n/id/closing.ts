// Strings of the closing screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const closing = {}
