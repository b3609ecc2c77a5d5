// The host of `npm run bench:office`, as its own process so the benchmark can kill -9 it and start it
// again: the book in its own thread behind the HTTP server on 127.0.0.1 with a fixed port and token.
import { RemoteExecutor } from '../../main/host/remote'
import { startHttpBridge } from '../../main/http/server'

const [file, port, token] = process.argv.slice(2)
const executor = await RemoteExecutor.start({ bookFile: file!, program: 'bench kantor' })
const bridge = await startHttpBridge({ executor, staticDir: null, port: Number(port), token: token! })
process.send?.('ready')
const stop = async () => {
  await bridge.close()
  await executor.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
