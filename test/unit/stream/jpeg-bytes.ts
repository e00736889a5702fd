/** A structurally valid synthetic JPEG whose segments hide FFD9/FFD8 in awkward places. */
export function fakeJpeg(n: number, scanBytes = 40): Buffer {
  const seg = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ]
  // APP1 payload contains an embedded thumbnail-like SOI…EOI that must not end the frame
  const app1 = seg(0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0, 0xff, 0xd8, 0xff, 0xd9, n])
  const dqt = seg(
    0xdb,
    Array.from({ length: 65 }, (_, i) => (i + n) & 0x7f),
  )
  const sos = seg(0xda, [1, 1, 0, 0, 63, 0])
  const scan: number[] = []
  for (let i = 0; i < scanBytes; i++) {
    scan.push((i * 7 + n) & 0xfe)
    if (i % 9 === 0) scan.push(0xff, 0x00) // stuffed byte
    if (i % 13 === 0) scan.push(0xff, 0xd0 + (i % 8)) // restart marker
  }
  return Buffer.from([0xff, 0xd8, ...app1, ...dqt, ...sos, ...scan, 0xff, 0xd9])
}
