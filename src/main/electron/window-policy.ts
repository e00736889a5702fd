// The desktop window's security policy as plain data (no `electron` import, so tests read it):
// the renderer's CSP, the window's web preferences, the one permission granted (the camera for
// face enrollment), which frames may call the station, and where the renderer is loaded from.
import { pathToFileURL } from 'node:url'

/** The renderer's Content-Security-Policy, also written into the built index.html. */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  // browser mode talks to the station over a WebSocket; its server narrows this to its own port
  "connect-src 'self' ws:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The `<meta>` that carries the CSP in the built index.html (a file:// page gets no headers). */
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`

export function withCspMeta(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html
  return html.replace(/<head>/i, (head) => `${head}\n    ${CSP_META}`)
}

export interface WindowWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  experimentalFeatures: false
  navigateOnDragDrop: false
  spellcheck: false
}

export function mainWindowOptions(preload: string) {
  const webPreferences: WindowWebPreferences = {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Enrollment Station',
    webPreferences,
  }
}

/** Only the camera (Chromium's 'media' permission, video only) is granted; nothing else. */
export function permissionAllowed(
  permission: string,
  details: { mediaTypes?: readonly string[] } = {},
): boolean {
  if (permission !== 'media') return false
  const types = details.mediaTypes ?? []
  return types.length > 0 && types.every((t) => t === 'video')
}

/** Where the renderer comes from: the dev server only in an unpackaged (development) run. */
export function rendererSource(
  indexFile: string,
  env: Record<string, string | undefined>,
  packaged: boolean,
): { url: string } | { file: string } {
  const dev = env.ELECTRON_RENDERER_URL
  if (dev && !packaged) return { url: dev }
  return { file: indexFile }
}

/** A station call is answered only from the app's own top frame (its file, or the dev server). */
export function trustedSender(
  frameUrl: string | undefined,
  isTopFrame: boolean,
  source: { url: string } | { file: string },
): boolean {
  if (!frameUrl || !isTopFrame) return false
  const page = frameUrl.split('#')[0]!.split('?')[0]
  if ('file' in source) return page === pathToFileURL(source.file).href
  return new URL(frameUrl).origin === new URL(source.url).origin
}
