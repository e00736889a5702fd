// Synthetic pictures (never photos of people): a drawn cartoon face whose colours derive from a
// seed, and a "camera" snapshot that changes with time. Rendered with sharp, cached per key.
import sharp from 'sharp'

function hue(seed: number): number {
  return Math.abs((seed * 2654435761) % 360)
}

function faceSvg(seed: number, w: number, h: number, label: string): string {
  const hb = hue(seed)
  const skin = `hsl(${(hb % 40) + 15},55%,${55 + (seed % 20)}%)`
  const bg = `hsl(${hb},35%,80%)`
  const cx = w / 2
  const cy = h * 0.48
  const rx = w * 0.28
  const ry = h * 0.36
  const noise = Array.from({ length: 60 }, (_, i) => {
    const x = ((seed + 1) * (i + 7) * 7919) % w
    const y = ((seed + 3) * (i + 11) * 104729) % h
    return `<circle cx="${x}" cy="${y}" r="${2 + (i % 5)}" fill="hsl(${(hb + i * 17) % 360},40%,60%)" opacity="0.35"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="100%" height="100%" fill="${bg}"/>${noise}
<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${skin}" stroke="#553" stroke-width="3"/>
<ellipse cx="${cx - rx * 0.4}" cy="${cy - ry * 0.2}" rx="${rx * 0.12}" ry="${ry * 0.07}" fill="#fff"/>
<ellipse cx="${cx + rx * 0.4}" cy="${cy - ry * 0.2}" rx="${rx * 0.12}" ry="${ry * 0.07}" fill="#fff"/>
<circle cx="${cx - rx * 0.4}" cy="${cy - ry * 0.2}" r="${rx * 0.05}" fill="#222"/>
<circle cx="${cx + rx * 0.4}" cy="${cy - ry * 0.2}" r="${rx * 0.05}" fill="#222"/>
<path d="M ${cx} ${cy - ry * 0.05} L ${cx - rx * 0.08} ${cy + ry * 0.2} L ${cx + rx * 0.05} ${cy + ry * 0.22}" stroke="#643" fill="none" stroke-width="3"/>
<path d="M ${cx - rx * 0.35} ${cy + ry * 0.45} Q ${cx} ${cy + ry * (0.55 + (seed % 3) * 0.05)} ${cx + rx * 0.35} ${cy + ry * 0.45}" stroke="#822" fill="none" stroke-width="4"/>
<text x="8" y="${h - 10}" font-family="sans-serif" font-size="14" fill="#333">${label}</text>
</svg>`
}

const cache = new Map<string, Promise<Buffer>>()

function cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  let p = cache.get(key)
  if (!p) {
    p = make()
    cache.set(key, p)
    if (cache.size > 256) cache.delete(cache.keys().next().value as string)
  }
  return p
}

/** A synthetic face picture (JPEG). `grey` renders an infrared-looking variant. */
export function syntheticFace(
  seed: number,
  opts: { width?: number; height?: number; grey?: boolean; quality?: number } = {},
): Promise<Buffer> {
  const w = opts.width ?? 480
  const h = opts.height ?? 640
  const key = `face:${seed}:${w}:${h}:${opts.grey ? 1 : 0}:${opts.quality ?? 80}`
  return cached(key, async () => {
    let img = sharp(Buffer.from(faceSvg(seed, w, h, `SIM ${seed}`)))
    if (opts.grey) img = img.greyscale()
    return img.jpeg({ quality: opts.quality ?? 80 }).toBuffer()
  })
}

/** A snapshot of "the scene": changes every second (timestamp text, moving shape). */
export function syntheticSnapshot(label: string, at: Date): Promise<Buffer> {
  const sec = Math.floor(at.getTime() / 1000)
  const key = `snap:${label}:${sec}`
  return cached(key, () => {
    const x = 40 + ((sec * 37) % 560)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">
<rect width="100%" height="100%" fill="#2d3b48"/><rect x="0" y="250" width="640" height="110" fill="#50606e"/>
<rect x="${x}" y="150" width="40" height="100" fill="#d9a441"/>
<text x="12" y="28" font-family="monospace" font-size="20" fill="#fff">${label} ${at.toISOString().slice(0, 19).replace('T', ' ')}</text>
</svg>`
    return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer()
  })
}

/** A tiny synthetic iris picture (grey rings). */
export function syntheticIris(seed: number): Promise<Buffer> {
  return cached(`iris:${seed}`, () => {
    const rings = Array.from(
      { length: 8 },
      (_, i) =>
        `<circle cx="160" cy="120" r="${90 - i * 9}" fill="none" stroke="hsl(0,0%,${20 + ((seed + i * 13) % 60)}%)" stroke-width="5"/>`,
    ).join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="100%" height="100%" fill="#ccc"/>${rings}<circle cx="160" cy="120" r="22" fill="#111"/></svg>`
    return sharp(Buffer.from(svg)).greyscale().jpeg({ quality: 75 }).toBuffer()
  })
}
