import { join } from 'node:path'
import { BrowserWindow, app, shell } from 'electron'
import { RENDERER_CSP, mainWindowOptions, permissionAllowed, rendererSource } from './window-policy'

export function createMainWindow(preloadDir: string, rendererDir: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(preloadDir, 'index.cjs')))
  const session = win.webContents.session
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] },
    })
  })
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details as { mediaTypes?: string[] })),
  )
  session.setPermissionCheckHandler((_contents, permission) => permission === 'media')
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  const source = rendererSource(join(rendererDir, 'index.html'), process.env, app.isPackaged)
  if ('url' in source) void win.loadURL(source.url)
  else void win.loadFile(source.file)
  return win
}

/** Where the window's renderer comes from (for the IPC sender check). */
export const windowSource = (rendererDir: string) =>
  rendererSource(join(rendererDir, 'index.html'), process.env, app.isPackaged)
