// Strings of the shu screens, part of the Bahasa Indonesia messages (see ../id.ts).
export const shu = {}
