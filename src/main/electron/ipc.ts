// The only place that touches ipcMain: one generic handle for every contract method and one
// channel for pushed events. The station validates arguments; this file only carries them.
import { ipcMain, type BrowserWindow } from 'electron'
import type { Station } from '../station'
import { coalescePushes } from '../station/push-coalescer'
import { trustedSender, type rendererSource } from './window-policy'

export const CALL_CHANNEL = 'station:call'
export const EVENT_CHANNEL = 'station:event'

export function wireIpc(
  station: Station,
  windows: () => BrowserWindow[],
  source: ReturnType<typeof rendererSource>,
): () => void {
  // progress-like pushes at a bounded rate, latest wins (push-coalescer.ts)
  const pushes = coalescePushes((event, payload) => {
    for (const win of windows())
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event, payload)
  })
  const unsubscribe = station.subscribe(pushes.listener)
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, args: unknown) => {
    // only the app's own page may call the station (never a frame it did not load)
    const frame = event.senderFrame
    if (!trustedSender(frame?.url, frame?.parent === null, source))
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'calls are accepted from the app only' },
      }
    // what happened before the reply is sent before it
    return station.call(String(method), args).then((result) => {
      pushes.flush()
      return result
    })
  })
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL)
    unsubscribe()
    pushes.close()
  }
}
