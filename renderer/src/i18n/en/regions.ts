// English strings of the region picker (Kemendagri codes) in the profile; same keys as ../id/regions.ts.
export const regions = {
  legend: 'Region (Kemendagri list)',
  hint: 'Choose from the Kemendagri region list: the region code is saved too and carried into the Dinas reports; the time zone follows the province.',
  choose: { 1: 'Choose province', 2: 'Choose regency/city', 3: 'Choose district', 4: 'Choose village' } as Record<
    number,
    string
  >,
  chooseAbove: 'Choose the level above first',
  code: (code: string) => `Code ${code}`,
  loading: 'Loading the region list…',
  manual: 'Region not in the list? Type it by hand',
  manualHint: 'Region names typed without Kemendagri codes. Dinas reports carry no region code.',
  fromList: 'Choose from the Kemendagri list',
  unavailable: 'The region list cannot be loaded; region names are typed by hand.',
  guided: (level: string, text: string) =>
    `The old book wrote ${level.toLowerCase()} “${text}”. Choose the matching one from the list:`,
  suggestion: (name: string, code: string, score: string) => `${name} (code ${code}, similarity ${score})`,
  noSuggestion: (level: string, text: string) =>
    `No ${level.toLowerCase()} is similar to “${text}”; choose from the list above.`
}
