// Station reasons about voice-prompt holiday plans (guide ch. 19), worded by a code in English
// and Chinese with the same parameters. Part of REASON_TEXT (src/shared/reason-text.ts).
export const VOICE_ERROR_REASON_TEXT = {
  voicePlanIdOutOfRange: {
    en: '{{terminal}} keeps voice holiday plans {{min}} to {{max}}; there is no plan {{planId}}. Nothing was sent.',
    zh: '{{terminal}} 的语音假日计划编号为 {{min}} 到 {{max}}；没有计划 {{planId}}。未发送任何内容。',
  },
  voiceDateOutOfRange: {
    en: '{{terminal}} takes dates from {{min}} to {{max}}; {{date}} is not one. Nothing was sent.',
    zh: '{{terminal}} 接受 {{min}} 到 {{max}} 之间的日期；{{date}} 不在其中。未发送任何内容。',
  },
  voiceDateOrder: {
    en: 'The plan ends ({{endDate}}) before it begins ({{beginDate}}). Nothing was sent.',
    zh: '计划的结束日期（{{endDate}}）早于开始日期（{{beginDate}}）。未发送任何内容。',
  },
  voiceTooManyRows: {
    en: '{{terminal}} takes at most {{max}} {{outcome:voiceOutcome}} texts in a plan; {{count}} were given. Nothing was sent.',
    zh: '{{terminal}} 每个计划最多接受 {{max}} 条{{outcome:voiceOutcome}}文本；给出了 {{count}} 条。未发送任何内容。',
  },
  voiceTextLength: {
    en: '{{terminal}} takes {{outcome:voiceOutcome}} texts of {{min}} to {{max}} bytes; row {{row}} has {{bytes}}. Nothing was sent.',
    zh: '{{terminal}} 接受 {{min}} 到 {{max}} 字节的{{outcome:voiceOutcome}}文本；第 {{row}} 行为 {{bytes}} 字节。未发送任何内容。',
  },
  voiceTimeOrder: {
    en: '{{outcome:voiceOutcome}} row {{row}} ends ({{endTime}}) before it begins ({{beginTime}}). Nothing was sent.',
    zh: '{{outcome:voiceOutcome}}第 {{row}} 行的结束时间（{{endTime}}）早于开始时间（{{beginTime}}）。未发送任何内容。',
  },
  voiceTimeFormat: {
    en: '{{outcome:voiceOutcome}} row {{row}}: “{{value}}” is not a time of day (HH:MM:SS). Nothing was sent.',
    zh: '{{outcome:voiceOutcome}}第 {{row}} 行：“{{value}}”不是有效时间（HH:MM:SS）。未发送任何内容。',
  },
  voiceOptionRefused: {
    en: '{{terminal}} offers {{options}} for {{field:voiceField}}, not “{{value}}”. Nothing was sent.',
    zh: '{{terminal}} 的{{field:voiceField}}可选 {{options}}，不接受“{{value}}”。未发送任何内容。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
