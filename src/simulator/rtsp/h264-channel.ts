// One camera stream of a simulated terminal (101 main, 102 sub): an ffmpeg child encodes the
// rendered scene to H.264 while at least one RTSP client uses the stream, and stops with the
// last one. Subscribers get NAL units with their 90 kHz timestamp; SPS/PPS are kept for the SDP.
import { spawn, type ChildProcess } from 'node:child_process'
import type { SimDevice } from '../device.js'
import { syntheticFace } from '../media/synth.js'
import { renderScene, type SceneSize } from '../media/scene.js'
import { AnnexBSplitter } from './rtp.js'

export interface ChannelSpec extends SceneSize {
  id: number
  fps: number
}

export type NalListener = (nal: Buffer, timestamp: number, endOfPicture: boolean) => void

const isPicture = (nal: Buffer) => {
  const t = nal[0]! & 0x1f
  return t === 1 || t === 5
}

export class H264Channel {
  private readonly listeners = new Set<NalListener>()
  private users = 0
  private child: ChildProcess | null = null
  private timer: NodeJS.Timeout | null = null
  private ready: Promise<void> | null = null
  private pictures = 0
  sps: Buffer | null = null
  pps: Buffer | null = null

  constructor(
    private readonly dev: SimDevice,
    readonly spec: ChannelSpec,
    private readonly ffmpegPath: string,
  ) {}

  /** One more user; resolves when SPS and PPS are known (the SDP needs them). */
  acquire(): Promise<void> {
    this.users++
    if (!this.ready) this.ready = this.start()
    return this.ready
  }

  release(): void {
    if (this.users === 0) return
    this.users--
    if (this.users === 0) this.stop()
  }

  subscribe(l: NalListener): () => void {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }

  stop(): void {
    this.users = 0
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.child?.stdin?.destroy()
    this.child?.kill('SIGKILL')
    this.child = null
    this.ready = null
    this.sps = this.pps = null
  }

  private start(): Promise<void> {
    const { width, height, fps } = this.spec
    const args = [
      ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
      ...['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`],
      ...['-framerate', String(fps), '-i', 'pipe:0'],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-threads', '1'],
      ...['-profile:v', 'baseline', '-pix_fmt', 'yuv420p', '-g', String(fps)],
      ...['-bsf:v', 'dump_extra', '-f', 'h264', 'pipe:1'],
    ]
    const child = spawn(this.ffmpegPath, args, { stdio: ['pipe', 'pipe', 'ignore'] })
    this.child = child
    const splitter = new AnnexBSplitter()
    return new Promise<void>((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', () => {
        reject(new Error('encoder ended'))
        if (this.child === child) this.stop()
      })
      child.stdin!.on('error', () => {})
      child.stdout!.on('data', (chunk: Buffer) => {
        for (const nal of splitter.push(chunk)) {
          const type = nal[0]! & 0x1f
          if (type === 7) this.sps = nal
          if (type === 8) this.pps = nal
          if (this.sps && this.pps) resolve()
          const ts = Math.round((this.pictures * 90_000) / fps)
          const end = isPicture(nal)
          if (end) this.pictures++
          for (const l of this.listeners) l(nal, ts, end)
        }
      })
      let rendering = false
      let frame = 0
      this.timer = setInterval(() => {
        if (rendering || !child.stdin!.writable || child.stdin!.writableLength > width * height * 6)
          return
        rendering = true
        void this.frame(frame++)
          .then((rgb) => child.stdin!.writable && child.stdin!.write(rgb))
          .catch(() => {})
          .finally(() => (rendering = false))
      }, 1000 / fps)
    })
  }

  private async frame(n: number): Promise<Buffer> {
    const inFront = this.dev.capture.faceInFront()
    const face = inFront ? (inFront.jpeg ?? (await syntheticFace(this.dev.index + 1))) : null
    return renderScene(this.spec, {
      label: `${this.dev.name} ${this.spec.id}`,
      at: new Date(this.dev.now()),
      frame: n,
      face,
    })
  }
}
