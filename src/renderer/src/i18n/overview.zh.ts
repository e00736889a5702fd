import type { overviewEn } from './overview.en'
import type { Widen } from './widen'

export const overviewZh: Widen<typeof overviewEn> = {
  countsLabel: '名单统计',
  counts: {
    persons: '人员',
    cards: '卡片',
    fingerprints: '指纹',
    faces: '人脸',
    irises: '虹膜',
    devices: '终端',
  },
  emptyTitle: '人员名单为空',
  emptyBody:
    '在“人员”中逐个添加人员或导入 CSV 文件，并在“设备”中添加终端（或在那里启动演示站点）。然后在“下发”中分配人员与终端并下发名单。',
  goPersons: '打开人员',
  noTerminalsTitle: '还没有终端',
  noTerminalsBody:
    '下发之前，人员名单只保存在本机。请在“设备”中添加终端（或在那里试用演示站点），在“下发”中分配人员与终端，然后下发。',
  goDevices: '打开设备',
  station: '工作站',
  version: '版本',
  runningAs: '运行方式',
  dataDir: '名单文件夹',
  schema: '数据结构',
  started: '启动时间',
}
