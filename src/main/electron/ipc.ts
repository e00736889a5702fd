// The only place that touches ipcMain: one generic handle for every contract method and one
// channel for pushed events. The station validates arguments; this file only carries them.
import { ipcMain, type BrowserWindow } from 'electron'
import type { Station } from '../station'

export const CALL_CHANNEL = 'station:call'
export const EVENT_CHANNEL = 'station:event'

export function wireIpc(station: Station, windows: () => BrowserWindow[]): () => void {
  ipcMain.handle(CALL_CHANNEL, (_event, method: unknown, args: unknown) =>
    station.call(String(method), args),
  )
  const unsubscribe = station.subscribe((event, payload) => {
    for (const win of windows())
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event, payload)
  })
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL)
    unsubscribe()
  }
}
