import type { batchEn } from './batch.en'
import type { Widen } from './widen'

// 设备页面：同时操作多台终端 — 中文。
export const batchZh: Widen<typeof batchEn> = {
  select: '选择 {{name}}',
  selectAll: '选择全部终端',
  selected_one: '已选择 {{count}} 台终端',
  selected_other: '已选择 {{count}} 台终端',
  clear: '清除选择',
  barLabel: '对所选终端的操作',
  upgrade: '升级固件…',
  syncTime: '同步时间',
  ntp: '设置 NTP 服务器…',
  timeZone: '设置时区…',
  oneModel: '固件只能发给同一型号的终端；所选终端包含 {{models}}。',
  upgradeTitle: '升级 {{count}} 台终端',
  fileLabel: '固件包',
  fileHint: '所选全部终端使用同一个固件包（型号 {{model}}）；每次升级两台。',
  start: '开始',
  close: '关闭',
  ntpTitle: '为 {{count}} 台终端设置 NTP 服务器',
  ntpHost: 'NTP 服务器（主机名或 IPv4）',
  ntpInterval: '同步间隔（分钟）',
  tzTitle: '为 {{count}} 台终端设置时区',
  tzLabel: '时区',
  tzHint: '终端使用 POSIX 时区：CST-8:00:00 即 UTC+8，CST+5:00:00 即 UTC−5。',
  progressTitle: '各终端进度',
  state: {
    queued: '等待',
    running: '进行中',
    done: '完成',
    failed: '失败',
  },
  summary: '{{ok}} 台完成，{{failed}} 台失败。',
}
