// Words for values terminals offer, shared by several resources. Which values exist on a given
// terminal is always its own capability document's say; these only name them.
import type { ConfigLabel } from '@shared/contract/config'

const L = (en: string, zh: string): ConfigLabel => ({ en, zh })

/** Authentication modes (guide verifyMode list, protocol-config/05 §2), spelled as terminals do. */
export const VERIFY_MODES: Record<string, ConfigLabel> = {
  card: L('Card', '刷卡'),
  face: L('Face', '人脸'),
  fp: L('Fingerprint', '指纹'),
  cardAndPw: L('Card + PIN', '刷卡+密码'),
  cardOrPw: L('Card or PIN', '刷卡或密码'),
  fpAndPw: L('Fingerprint + PIN', '指纹+密码'),
  fpOrCard: L('Fingerprint or card', '指纹或刷卡'),
  fpAndCard: L('Fingerprint + card', '指纹+刷卡'),
  fpAndCardAndPw: L('Fingerprint + card + PIN', '指纹+刷卡+密码'),
  faceOrFpOrCardOrPw: L('Face, fingerprint, card or PIN', '人脸或指纹或刷卡或密码'),
  faceAndFp: L('Face + fingerprint', '人脸+指纹'),
  faceAndPw: L('Face + PIN', '人脸+密码'),
  faceAndCard: L('Card + face', '刷卡+人脸'),
  employeeNoAndPw: L('Employee no. + PIN', '工号+密码'),
  fpOrPw: L('Fingerprint or PIN', '指纹或密码'),
  employeeNoAndFp: L('Employee no. + fingerprint', '工号+指纹'),
  employeeNoAndFpAndPw: L('Employee no. + fingerprint + PIN', '工号+指纹+密码'),
  faceAndFpAndCard: L('Face + fingerprint + card', '人脸+指纹+刷卡'),
  faceAndPwAndFp: L('Face + PIN + fingerprint', '人脸+密码+指纹'),
  employeeNoAndFace: L('Employee no. + face', '工号+人脸'),
  faceOrfaceAndCard: L('Face, or face + card', '人脸或人脸+刷卡'),
  fpOrface: L('Fingerprint or face', '指纹或人脸'),
  cardOrfaceOrPw: L('Card, face or PIN', '刷卡或人脸或密码'),
  cardOrFace: L('Card or face', '刷卡或人脸'),
  cardOrFaceOrFp: L('Card, face or fingerprint', '刷卡或人脸或指纹'),
  cardOrFpOrPw: L('Card, fingerprint or PIN', '刷卡或指纹或密码'),
  sleep: L('Sleep (nobody passes)', '休眠（禁止通行）'),
  invalid: L('Invalid', '无效'),
}

/** A door contact / lock / button state: normally closed or normally open. */
export const CONTACT_STATES: Record<string, ConfigLabel> = {
  alwaysClose: L('Normally closed', '常闭'),
  alwaysOpen: L('Normally open', '常开'),
}

/** "False accepts n in 10^e", the power written out (1 in 100,000). */
function far(n: number, e: number): ConfigLabel {
  const of = (10 ** e).toLocaleString('en-US')
  return L(`False accepts: ${n} in ${of}`, `误识率 ${n}/${of}`)
}

/**
 * Fingerprint security levels (CardReaderCfg.fingerPrintCheckLevel, protocol-config/06 §1):
 * the false acceptance rate each level allows; 16–18 the module's automatic modes.
 */
export const FINGERPRINT_LEVELS: Record<string, ConfigLabel> = Object.fromEntries([
  ...Array.from({ length: 8 }, (_, i) => [String(i + 1), far(1, i + 1)]),
  ...Array.from({ length: 7 }, (_, i) => [String(i + 9), far(3, i + 2)]),
  ['16', L('Automatic, normal', '自动（普通）')],
  ['17', L('Automatic, secure', '自动（安全）')],
  ['18', L('Automatic, more secure', '自动（更安全）')],
])
