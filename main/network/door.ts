import type { LanState } from '../../shared/commands/network'
import type { ExecuteOptions, Executor } from '../commands/executor'

/** The part of the HTTP door that listens on the office network. */
export interface LanListener {
  startLan(state: LanState): Promise<void>
  stopLan(): Promise<void>
}

/**
 * After `network.start` answered ok, the door that listens switches the LAN on. If it cannot (the
 * port was taken meanwhile, the certificate changed), the start is undone through `network.stop`, so
 * the audit trail says it failed, and the failure is returned for the caller's message.
 */
export async function listenAfterStart(
  door: LanListener,
  executor: Executor,
  state: LanState,
  opts: ExecuteOptions
): Promise<string | null> {
  try {
    await door.startLan(state)
    return null
  } catch (e) {
    const failure = e instanceof Error ? e.message : String(e)
    await executor.execute('network.stop', { failure: failure.slice(0, 300) }, opts)
    return failure
  }
}

export const lanStartFailed = (failure: string) => `Mode jaringan kantor tidak dapat dinyalakan: ${failure}`
