import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  RENDERER_CSP,
  mainWindowOptions,
  permissionAllowed,
  rendererSource,
  trustedSender,
  withCspMeta,
} from '../../../src/main/electron/window-policy'

describe('desktop window security policy (Electron checklist)', () => {
  it('isolates the renderer: sandbox, context isolation, no Node, no webview, web security on', () => {
    expect(mainWindowOptions('/app/preload/index.cjs').webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('grants the camera only: no microphone, geolocation, notifications or anything else', () => {
    expect(permissionAllowed('media', { mediaTypes: ['video'] })).toBe(true)
    expect(permissionAllowed('media', { mediaTypes: ['audio'] })).toBe(false)
    expect(permissionAllowed('media', { mediaTypes: ['video', 'audio'] })).toBe(false)
    expect(permissionAllowed('media', {})).toBe(false)
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi'])
      expect(permissionAllowed(p, { mediaTypes: ['video'] })).toBe(false)
  })

  it('loads a dev server URL only in an unpackaged run', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(rendererSource('/app/renderer/index.html', env, true)).toEqual({
      file: '/app/renderer/index.html',
    })
    expect(rendererSource('/app/renderer/index.html', env, false)).toEqual({
      url: 'http://localhost:5173',
    })
  })

  it('answers station calls from the app page top frame only', () => {
    const source = { file: '/app/renderer/index.html' }
    const page = pathToFileURL('/app/renderer/index.html').href
    expect(trustedSender(page, true, source)).toBe(true)
    expect(trustedSender(`${page}#/persons`, true, source)).toBe(true)
    expect(trustedSender(page, false, source)).toBe(false)
    expect(trustedSender('file:///tmp/evil.html', true, source)).toBe(false)
    expect(trustedSender('https://example.com/', true, source)).toBe(false)
    expect(trustedSender(undefined, true, source)).toBe(false)
    const dev = { url: 'http://localhost:5173' }
    expect(trustedSender('http://localhost:5173/#/devices', true, dev)).toBe(true)
    expect(trustedSender('http://localhost:5174/', true, dev)).toBe(false)
  })

  it('the renderer page carries its CSP: scripts only from itself, no eval, no plugins', () => {
    const html = withCspMeta(readFileSync('src/renderer/index.html', 'utf8'))
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(RENDERER_CSP)
    expect(meta).toMatch(/script-src 'self'(;|$)/)
    expect(meta).not.toMatch(/unsafe-eval/)
    expect(meta).toMatch(/object-src 'none'/)
    expect(withCspMeta(html)).toBe(html) // once
  })
})
