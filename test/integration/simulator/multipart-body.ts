// Builds a client-side face upload as the reference shows it (JSON part first, image second).
export function faceMultipart(
  json: object,
  jpeg: Buffer,
  imageName = 'FaceImage',
): { body: Buffer; contentType: string } {
  const b = '----hikbnd7e13971310878'
  const j = JSON.stringify(json)
  const body = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(j)}\r\n\r\n${j}\r\n`,
    ),
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="${imageName}"; filename="face.jpg"\r\nContent-Type: image/jpeg\r\nContent-Length: ${jpeg.length}\r\n\r\n`,
    ),
    jpeg,
    Buffer.from(`\r\n--${b}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${b}` }
}
