// Why a schedule set does not fit a terminal (ScheduleRangeProblem.reason), in en and zh: checked
// before anything is sent. Part of REASON_TEXT.
export const SCHEDULE_FIT_REASON_TEXT = {
  schedNumberRange: {
    en: '{{kind:scheduleKind}} {{no}}: this terminal numbers them {{span}}.',
    zh: '{{kind:scheduleKind}} {{no}}：此终端的编号范围为 {{span}}。',
  },
  schedRefRange: {
    en: '{{kind:scheduleKind}} {{no}} refers to {{what:scheduleKind}} {{ref}}; this terminal numbers them {{span}} there.',
    zh: '{{kind:scheduleKind}} {{no}} 引用了{{what:scheduleKind}} {{ref}}；此终端在此处的编号范围为 {{span}}。',
  },
  schedKindUnsupported: {
    en: 'This terminal does not support any {{kind:scheduleKind}}.',
    zh: '此终端不支持{{kind:scheduleKind}}。',
  },
  schedSegmentsPerDay: {
    en: 'Week plan {{no}}: {{count}} segments on {{day:weekday}}, this terminal takes {{max}}.',
    zh: '周计划 {{no}}：{{day:weekday}}有 {{count}} 个时段，此终端最多 {{max}} 个。',
  },
  schedHolidaySegments: {
    en: 'Holiday plan {{no}}: {{count}} segments, this terminal takes {{max}}.',
    zh: '假日计划 {{no}}：有 {{count}} 个时段，此终端最多 {{max}} 个。',
  },
  schedHolidayFrom: {
    en: 'Holiday plan {{no}}: this terminal takes dates from {{date}}.',
    zh: '假日计划 {{no}}：此终端只接受 {{date}} 起的日期。',
  },
  schedHolidayUntil: {
    en: 'Holiday plan {{no}}: this terminal takes dates up to {{date}}.',
    zh: '假日计划 {{no}}：此终端只接受 {{date}} 之前的日期。',
  },
  schedGroupPlans: {
    en: 'Holiday group {{no}}: {{count}} holiday plans, this terminal takes {{max}} per group.',
    zh: '假日组 {{no}}：有 {{count}} 个假日计划，此终端每组最多 {{max}} 个。',
  },
  schedNameTooLong: {
    en: '{{kind:scheduleKind}} {{no}}: the name is longer than {{max}} bytes.',
    zh: '{{kind:scheduleKind}} {{no}}：名称超过 {{max}} 字节。',
  },
  schedWeekModeNotOffered: {
    en: 'Week plan {{no}}: {{day:weekday}} {{begin}} asks for “{{mode}}”, this terminal offers {{allowed}}.',
    zh: '周计划 {{no}}：{{day:weekday}} {{begin}} 要求“{{mode}}”，此终端支持 {{allowed}}。',
  },
  schedHolidayModeNotOffered: {
    en: 'Holiday plan {{no}}: {{begin}} asks for “{{mode}}”, this terminal offers {{allowed}}.',
    zh: '假日计划 {{no}}：{{begin}} 要求“{{mode}}”，此终端支持 {{allowed}}。',
  },
  schedBindingUnsupported: {
    en: 'This terminal cannot bind these schedules to a {{thing:bindingThing}} (no {{resource}}).',
    zh: '此终端无法将这些计划绑定到{{thing:bindingThing}}（没有 {{resource}}）。',
  },
  schedBindingNoRange: {
    en: '{{thing:bindingThing}} {{no}}: this terminal numbers them {{span}}.',
    zh: '{{thing:bindingThing}} {{no}}：此终端的编号范围为 {{span}}。',
  },
  schedBindingTemplateGone: {
    en: '{{thing:bindingThing}} {{no}} is bound to template {{templateNo}}, which the station no longer defines.',
    zh: '{{thing:bindingThing}} {{no}} 绑定了计划模板 {{templateNo}}，但工作站已不再定义它。',
  },
  schedBindingTemplateRange: {
    en: '{{thing:bindingThing}} {{no}}: template {{templateNo}} is outside this terminal’s {{span}}.',
    zh: '{{thing:bindingThing}} {{no}}：计划模板 {{templateNo}} 超出此终端的范围 {{span}}。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
