/** A picked file as base64 (in 48 KB steps: a large file never builds one huge string of codes). */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const parts: string[] = []
  const STEP = 3 * 16 * 1024
  for (let i = 0; i < bytes.length; i += STEP)
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + STEP))))
  return parts.join('')
}

/** Saves base64 bytes as a download named `fileName`. */
export function downloadBase64(fileName: string, dataBase64: string, type: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
