// The plain client's work for one person, as literals: a person record, a card and (when a face
// is given) a ~60 KB face — what any client has to send, with no station around it. Used by the
// overhead bench (the floor the station is compared with) and the simulator's CPU bench.
import type { BenchClient } from './simulator-harness'

const BOUNDARY = '----benchboundary7e13971310878'

function faceMultipart(FPID: string, jpeg: Buffer): { body: Buffer; contentType: string } {
  const record = JSON.stringify({ faceLibType: 'blackFD', FDID: '1', FPID })
  return {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\n\r\n${record}\r\n` +
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="FaceImage"; filename="face.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      jpeg,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
  }
}

/** Sends person `no` with card `cardNo` (and `face`); the first non-200 status, else 200. */
export async function sendPlainPerson(
  c: BenchClient,
  no: string,
  cardNo: string,
  face: Buffer | null,
): Promise<number> {
  const person = await c.request(
    'PUT',
    '/ISAPI/AccessControl/UserInfo/SetUp?format=json',
    JSON.stringify({
      UserInfo: {
        employeeNo: no,
        name: `Person ${no}`,
        userType: 'normal',
        Valid: {
          enable: false,
          beginTime: '2000-01-01T00:00:00',
          endTime: '2037-12-31T23:59:59',
          timeType: 'local',
        },
        doorRight: '1',
        RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
      },
    }),
    'application/json',
  )
  if (person !== 200) return person
  const card = await c.request(
    'PUT',
    '/ISAPI/AccessControl/CardInfo/SetUp?format=json',
    JSON.stringify({ CardInfo: { employeeNo: no, cardNo, cardType: 'normalCard' } }),
    'application/json',
  )
  if (card !== 200 || !face) return card
  const m = faceMultipart(no, face)
  return c.request('PUT', '/ISAPI/Intelligent/FDLib/FDSetUp?format=json', m.body, m.contentType)
}
