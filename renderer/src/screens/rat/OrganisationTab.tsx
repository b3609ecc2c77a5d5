import { Notice } from '../../components/Notice'

/** Placeholder until this part of issue 7 is built. */
export function OrganisationTab(_props: { query: Record<string, string> }) {
  return <Notice tone="info">Bagian ini sedang dibangun.</Notice>
}
