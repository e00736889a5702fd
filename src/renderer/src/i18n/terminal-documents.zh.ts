// “终端文档”分区的文字（TerminalDocumentsSection.tsx）。
import type { Widen } from './widen'
import type { terminalDocumentsEn } from './terminal-documents.en'

export const terminalDocumentsZh: Widen<typeof terminalDocumentsEn> = {
  lead: '终端自己报告、无人设置的信息：谁在接收它的事件、安全门控单元的状态、各操作接受的参数。选择后从终端读取，按终端发送的原样显示。',
  eventCount: '终端保存的事件：{{count}} 条（AcsEventTotalNum）。',
  pick: '文档',
  read: '重新读取',
  readFrom: '读取自 {{path}}',
  notOffered: '此终端没有：{{names}}。',
  none: '此终端不提供这些文档。',
  names: {
    deployInfo: '谁在接收事件（布防信息）',
    deployInfoCaps: '布防信息：能力',
    moduleStatus: '安全门控单元：在线 / 防拆',
    moduleStatusCaps: '安全门控单元：能力',
    clearPictureCaps: '清空图片：能力',
    personDeleteCaps: '删除人员及其数据：能力',
    fingerprintDeleteCaps: '删除指纹：能力',
    faceCollectionCaps: '人脸采集：能力',
    faceCollectionProgressCaps: '人脸采集进度：能力',
    faceCollectionProgress: '正在进行的人脸采集',
    systemCapsJson: '系统服务能力（JSON）',
    storageCaps: '存储：能力',
  },
}
