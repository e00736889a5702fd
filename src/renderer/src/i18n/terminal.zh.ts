import type { Widen } from './widen'
import type { terminalEn } from './terminal.en'

export const terminalZh: Widen<typeof terminalEn> = {
  back: '全部终端',
  notFound: '此终端不在工作站的列表中（已移除？）。',
  header: {
    model: '型号',
    firmware: '固件',
    serial: '序列号',
    state: '状态',
    address: '地址',
  },
  sectionsLabel: '{{name}} 的分区',
  lacks: '此终端不具备：{{sections}}。',
  offlineNote: '终端当前无应答：显示的是之前读取的内容，终端恢复前无法向其发送任何设置。',
  section: {
    summary: '概要',
  },
  summary: {
    canHold: '可存储',
    none: '终端未报告任何凭证类型',
    doors: '门',
    capacity: '容量',
    persons: '人员',
    cards: '卡',
    faces: '人脸',
    fingerprints: '指纹',
    unknown: '—',
    notRead: '尚未读取终端的能力：请在“设备”页检查它。',
  },
}
