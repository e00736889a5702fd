// The plumbing of the loopback relays some tests put in front of a simulated terminal (to silence,
// drop or garble its connections): two sockets that end together, and a server on a free port.
import type { Server, Socket } from 'node:net'

/** Either socket closing or failing destroys both; `onEnd` runs each time (keep it idempotent). */
export function endTogether(client: Socket, upstream: Socket, onEnd: () => void): void {
  const end = () => {
    onEnd()
    client.destroy()
    upstream.destroy()
  }
  client.on('close', end).on('error', end)
  upstream.on('close', end).on('error', end)
}

/** Listens on 127.0.0.1 on a port the system chooses; resolves with that port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return (server.address() as { port: number }).port
}
