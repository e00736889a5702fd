import type { IrisInput } from '../../isapi'

/**
 * Iris data as a terminal takes it. A capture on a terminal yields iris pictures (JPEG), not
 * templates, so pictures travel as picture parts and anything else as `irisData`.
 */
export function irisInput(
  employeeNo: string,
  eye: 'left' | 'right',
  dataBase64: string,
): IrisInput {
  const bytes = Buffer.from(dataBase64, 'base64')
  const isPicture = bytes[0] === 0xff && bytes[1] === 0xd8
  return {
    employeeNo,
    id: eye === 'left' ? 1 : 2,
    ...(isPicture ? { pictures: [bytes] } : { irisData: dataBase64 }),
  }
}
