// 持续下发与等待发送到终端的更改（中文）。
import type { Widen } from './widen'
import type { pendingEn } from './pending.en'

export const pendingZh: Widen<typeof pendingEn> = {
  title: '等待发送',
  summary_one: '{{count}} 项更改等待发送到 {{terminals}} 台终端',
  summary_other: '{{count}} 项更改等待发送到 {{terminals}} 台终端',
  nothing: '没有等待的更改：每台终端都已与名单和规则一致。',
  auto: '更改会在几秒内自动发送到终端。',
  manual: '自动发送已关闭（设置）：请点击“立即下发”发送这些更改。',
  navBadge: '{{count}} 名人员的更改等待发送',
  perTerminal: '按终端',
  terminal: '终端',
  adds: '新增',
  updates: '更新',
  removals: '移除',
  listLabel: '等待的更改',
  person: '人员',
  change: '更改',
  kind: { add: '新增', update: '更新', remove: '移除' },
  notInRoster: '已从名单删除',
  startsAt: '{{date}} 起生效',
  more: '……还有 {{count}} 项',
  removalsCallout_one: '{{count}} 项移除：此人员将失去该终端的通行权限。',
  removalsCallout_other: '{{count}} 项移除：这些人员将失去相应终端的通行权限。',
  deviceWaiting: '{{count}} 项等待',
  setting: '自动将更改发送到终端',
  settingHint:
    '开启：名单、规则、时间计划或终端的任何更改都会在几秒内到达终端，移除优先。关闭：更改需等待“立即下发”。',
  schedulesWaiting: '等待写入时间计划的终端：{{names}}',
  applying: '下发中',
  confirm: {
    title: '要取消通行权限吗？',
    body: '此规则更改将从 {{terminals}} 台终端移除 {{persons}} 名人员（共 {{removals}} 项移除）。他们的卡、人脸和指纹在这些终端上将失效。',
    yes: '取消权限',
    no: '保持不变',
  },
  ruleKept:
    '规则已添加。所有人保留原有终端：现在显示规则“所有人 → 所有终端”，删除它会缩小权限范围。',
}
