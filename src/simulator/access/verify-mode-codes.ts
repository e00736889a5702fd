// The numeric verify modes of AcsWorkStatus.cardReaderVerifyMode[] (docs/protocol-config/
// 05-schedules.md, "numeric form"): the same modes as the named ones the schedules and
// CardReaderCfg use. Names are matched case-insensitively (terminals mix `cardOrfaceOrPw` and
// `cardOrFaceOrPw`); a name without a number (faceOrPw on some firmware) reports 0.
const CODES: readonly (readonly [string, number])[] = [
  ['sleep', 1],
  ['cardAndPw', 2],
  ['card', 3],
  ['cardOrPw', 4],
  ['fp', 5],
  ['fpAndPw', 6],
  ['fpOrCard', 7],
  ['fpAndCard', 8],
  ['fpAndCardAndPw', 9],
  ['faceOrFpOrCardOrPw', 10],
  ['faceAndFp', 11],
  ['faceAndPw', 12],
  ['faceAndCard', 13],
  ['face', 14],
  ['employeeNoAndPw', 15],
  ['fpOrPw', 16],
  ['employeeNoAndFp', 17],
  ['employeeNoAndFpAndPw', 18],
  ['faceAndFpAndCard', 19],
  ['faceAndPwAndFp', 20],
  ['employeeNoAndFace', 21],
  ['faceOrfaceAndCard', 22],
  ['fpOrface', 23],
  ['cardOrfaceOrPw', 24],
  ['cardOrFace', 25],
  ['cardOrFaceOrFp', 26],
  ['cardOrFpOrPw', 27],
]
const BY_NAME = new Map(CODES.map(([name, code]) => [name.toLowerCase(), code]))

export const verifyModeCode = (mode: string): number => BY_NAME.get(mode.toLowerCase()) ?? 0
