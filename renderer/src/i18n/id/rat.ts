// Strings of the rat screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const rat = {}
