import type { settingsEn } from './settings.en'
import type { Widen } from './widen'

export const settingsZh: Widen<typeof settingsEn> = {
  appearance: '外观',
  language: '语言',
  languageHint: '所有界面立即切换。',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  network: '事件监听',
  listenPort: '监听端口',
  listenPortHint: '终端将事件推送到此端口（1024–65535）。',
  listenPortInvalid: '请输入 1024 到 65535 之间的整数。',
  listenAddress: '监听地址',
  listenLoopback: '仅本机（127.0.0.1）',
  listenAll: '所有网络接口（0.0.0.0）',
  storage: '存储',
  dataDir: '数据文件夹',
  dataDirHint: '启动时用 --data-dir 指定；请在工作站停止时移动该文件夹。',
  saved: '设置已保存',
  demo: '演示站点',
  demoBody:
    '在本机运行三台模拟终端（人脸+指纹、人脸+虹膜、刷卡门禁），添加到“设备”并附带示例人员，可放心试用采集和下发。',
  demoStart: '启动演示站点',
  demoStarted: '演示站点已启动：{{devices}} 台终端，{{persons}} 位人员。',
  demoRunning: '演示站点已在运行',
  demoRunningAdvice: '其终端已列在“设备”中。',
}
