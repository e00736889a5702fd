// The renderer's only way to the station: Electron's preload bridge when present, otherwise
// browser mode's WebSocket (token from the launch URL, kept for reloads of this tab).
import { METHOD_NAMES } from '@shared/api-names'
import { buildClient, type StationClient } from '@shared/client'
import { socketTransport } from './socket-transport'

declare global {
  interface Window {
    station?: StationClient
  }
}

function browserModeToken(): string {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem('station-token', fromUrl)
    params.delete('token')
    const rest = params.toString()
    window.history.replaceState(
      null,
      '',
      window.location.pathname + (rest ? `?${rest}` : '') + window.location.hash,
    )
    return fromUrl
  }
  return sessionStorage.getItem('station-token') ?? ''
}

function connectStation(): StationClient {
  if (window.station) return window.station
  const transport = socketTransport(window.location.host, browserModeToken())
  return buildClient(
    METHOD_NAMES,
    (method, args) => transport.invoke(method, args),
    transport.subscribe,
  )
}

export const station: StationClient = connectStation()
export const bridgeKind: 'electron' | 'browser' = window.station ? 'electron' : 'browser'
