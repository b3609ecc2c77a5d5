import { id } from './id'

/** The active strings. Everything the user reads comes from here (Bahasa Indonesia today). */
export const t = id
export type Messages = typeof id
