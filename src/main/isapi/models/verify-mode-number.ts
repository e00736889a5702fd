// AcsWorkStatus.cardReaderVerifyMode[] reports each reader's verify mode as a number; the guide
// lists which mode each number is (protocol-config/05-schedules.md, "numeric form"). The names
// are those the schedules and CardReaderCfg use, spelled as terminals spell them.
const NAMES: Record<number, string> = {
  1: 'sleep',
  2: 'cardAndPw',
  3: 'card',
  4: 'cardOrPw',
  5: 'fp',
  6: 'fpAndPw',
  7: 'fpOrCard',
  8: 'fpAndCard',
  9: 'fpAndCardAndPw',
  10: 'faceOrFpOrCardOrPw',
  11: 'faceAndFp',
  12: 'faceAndPw',
  13: 'faceAndCard',
  14: 'face',
  15: 'employeeNoAndPw',
  16: 'fpOrPw',
  17: 'employeeNoAndFp',
  18: 'employeeNoAndFpAndPw',
  19: 'faceAndFpAndCard',
  20: 'faceAndPwAndFp',
  21: 'employeeNoAndFace',
  22: 'faceOrfaceAndCard',
  23: 'fpOrface',
  24: 'cardOrfaceOrPw',
  25: 'cardOrFace',
  26: 'cardOrFaceOrFp',
  27: 'cardOrFpOrPw',
}

/** The mode's name, or null for a number the guide does not list. */
export const verifyModeName = (n: number): string | null => NAMES[n] ?? null
