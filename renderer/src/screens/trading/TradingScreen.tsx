import { UnitsScreen } from '../units/UnitsScreen'

/** Unit Usaha: per-unit results today; gerai trading and services join here. */
export function TradingScreen(_props: { sub: string | undefined; query: Record<string, string> }) {
  return <UnitsScreen />
}
