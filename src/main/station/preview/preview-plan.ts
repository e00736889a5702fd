// Which way a terminal's preview goes: RTSP when ffmpeg is installed and the terminal lists an
// RTSP streaming channel and an RTSP port; snapshots otherwise, with the reason.
import type { IsapiClient } from '../../isapi'
import type { PreviewReason } from '@shared/contract/preview'

export type PreviewPlan =
  { mode: 'rtsp'; port: number; path: string } | { mode: 'snapshot'; reason?: PreviewReason }

export async function planPreview(
  client: IsapiClient,
  want: 'main' | 'sub',
  ffmpeg: string | null,
): Promise<PreviewPlan> {
  if (!ffmpeg) return { mode: 'snapshot', reason: 'no-ffmpeg' }
  const channels = (await client.system.streamingChannels()).filter(
    (c) => c.enabled && (c.transports.length === 0 || c.transports.includes('RTSP')),
  )
  const preferred = want === 'main' ? [101, 102] : [102, 101]
  const channel = preferred.map((id) => channels.find((c) => c.id === id)).find(Boolean)
  if (!channel) return { mode: 'snapshot', reason: 'no-stream' }
  const port = await client.system.rtspPort()
  if (port === null) return { mode: 'snapshot', reason: 'no-stream' }
  return { mode: 'rtsp', port, path: `/Streaming/Channels/${channel.id}` }
}
