// Reasons of device accounts all at once and of the terminal's HTTPS certificate (issue 12,
// guide 21.2.6–21.2.8 and 21.11), in English and Chinese.
export const GUIDE1_ERROR_REASON_TEXT = {
  permissionNotGrantable: {
    en: '{{terminal}} does not let “{{permission}}” be granted or withdrawn. Nothing was sent.',
    zh: '{{terminal}} 不允许授予或撤销“{{permission}}”。未发送任何内容。',
  },
  permissionsKept: {
    en: '{{terminal}} answered OK but kept “{{permission}}” {{held}} for {{userName}}.',
    zh: '{{terminal}} 回答成功，但 {{userName}} 的“{{permission}}”仍为 {{held}}。',
  },
  levelKept: {
    en: '{{terminal}} answered OK but kept {{userName}} at level {{level}}.',
    zh: '{{terminal}} 回答成功，但 {{userName}} 的级别仍为 {{level}}。',
  },
  levelsInsecure: {
    en: '{{terminal}} is reached over plain HTTP; changing levels sends the administrator’s password. Switch it to HTTPS first.',
    zh: '{{terminal}} 通过明文 HTTP 连接；更改级别会发送管理员密码。请先切换到 HTTPS。',
  },
  accountListedTwice: {
    en: 'Account {{accountId}} is listed more than once. Nothing was sent.',
    zh: '账号 {{accountId}} 被列出了不止一次。未发送任何内容。',
  },
  certNotPem: {
    en: 'The file is not a PEM certificate (“-----BEGIN CERTIFICATE-----”): {{detail}}. Nothing was sent.',
    zh: '该文件不是 PEM 证书（“-----BEGIN CERTIFICATE-----”）：{{detail}}。未发送任何内容。',
  },
  certNotForCsr: {
    en: 'The certificate ({{subject}}) was not issued for {{terminal}}’s signing request: its public key differs. Nothing was sent.',
    zh: '该证书（{{subject}}）不是为 {{terminal}} 的签名请求签发的：公钥不同。未发送任何内容。',
  },
  certExpired: {
    en: 'The certificate ({{subject}}) is not valid now (valid {{from}} – {{to}}). Nothing was sent.',
    zh: '该证书（{{subject}}）当前无效（有效期 {{from}} – {{to}}）。未发送任何内容。',
  },
  csrMissing: {
    en: '{{terminal}} holds no certificate signing request. Create one first.',
    zh: '{{terminal}} 没有证书签名请求。请先创建一个。',
  },
  certPinNotSwitched: {
    en: '{{terminal}} accepted the certificate but still presents another one; the station keeps trusting the old one until the terminal switches.',
    zh: '{{terminal}} 已接受该证书，但仍在使用另一个证书；在终端切换之前，工作站继续信任旧证书。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
