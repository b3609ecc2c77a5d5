export const currentYear = (day: string) => Number(day.slice(0, 4))
