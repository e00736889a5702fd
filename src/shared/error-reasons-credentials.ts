// Station errors about credentials held on a terminal — face records, fingerprints, the ID-card
// block list — worded by a code in English and Chinese with the same parameters. Part of
// REASON_TEXT (src/shared/reason-text.ts).
export const CREDENTIAL_ERROR_REASON_TEXT = {
  faceRecordMissing: {
    en: '{{terminal}} holds no face record {{FPID}} in library {{FDID}}. Nothing was sent.',
    zh: '{{terminal}} 的人脸库 {{FDID}} 中没有人脸记录 {{FPID}}。未发送任何内容。',
  },
  faceEditsPartial: {
    en: '{{terminal}} refused a face record after {{edited}} of {{total}} were edited: {{why}}',
    zh: '{{terminal}} 在已修改 {{total}} 条中的 {{edited}} 条后拒绝了一条人脸记录：{{why}}',
  },
  fingerprintMissing: {
    en: 'Person {{employeeNo}} has no fingerprint on finger {{fingerId}} in the roster. Nothing was sent.',
    zh: '名册中人员 {{employeeNo}} 的手指 {{fingerId}} 没有指纹。未发送任何内容。',
  },
  idNumberOutOfRange: {
    en: '{{terminal}} takes ID numbers of {{min}} to {{max}} characters; {{idNumber}} is not. Nothing was sent.',
    zh: '{{terminal}} 接受 {{min}} 到 {{max}} 位的身份证号码；{{idNumber}} 不符合。未发送任何内容。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
