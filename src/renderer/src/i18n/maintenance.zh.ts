import type { Widen } from './screens-types'
import type { maintenanceEn } from './maintenance.en'

export const maintenanceZh: Widen<typeof maintenanceEn> = {
  menu: {
    upgrade: '升级固件…',
    backup: '备份配置',
    restore: '恢复配置…',
    reboot: '重启',
  },
  fileLabel: '固件文件',
  fileHint: '海康威视为此型号提供的升级包（通常为 digicap.dav）。',
  configFileLabel: '配置文件',
  configFileHint: '由本工作站备份的配置文件（.cfg），来自此终端或同型号终端。',
  fileSize: '{{name}} · {{size}}',
  tooLargeTitle: '文件过大，无法在窗口中发送',
  tooLarge:
    '{{name}}（{{size}}）超过窗口可发送的上限 {{limit}}。请在工作站所在电脑上用命令行升级：',
  cliCommand: 'npm run cli -- devices upgrade "{{terminal}}" <文件>',
  upgrade: {
    title: '升级 {{name}} 的固件',
    current: '{{name}}（{{model}}）当前固件版本为 {{version}}。',
    warning: '终端将写入新固件并重启：几分钟内无法开门或采集。期间请勿断电。',
    confirm: '升级 {{name}}',
    running: '正在升级 {{name}}',
    keepsRunning: '即使关闭此窗口，升级也会在工作站上继续；终端会自行恢复。',
    progressLabel: '升级进度',
    phase: {
      reading: '正在读取文件',
      uploading: '正在发送升级包',
      flashing: '正在写入固件',
      rebooting: '正在重启',
      done: '完成',
      failed: '失败',
    },
    doneTitle: '升级完成',
    done: '{{name}} 已恢复，固件版本为 {{version}}（原为 {{previous}}）。',
    sameVersion: '{{name}} 已恢复，固件版本仍为 {{version}}。',
    upgraded: '{{name}} 现在的固件版本为 {{version}}。',
    failedTitle: '未能升级',
    failedDuring: '停止于：{{phase}}（{{percent}}%）。',
    another: '选择其他文件',
  },
  problem: {
    badDevType:
      '此升级包适用于其他型号：{{name}} 的型号为 {{model}}。终端已拒绝，固件未改变。请获取适用于 {{model}} 的升级包。',
    rejected: '终端拒绝了该升级包，固件未改变。请确认文件是适用于 {{model}} 的固件包。',
    busy: '{{name}} 正忙：{{detail}}',
    offline: '无法连接 {{address}} 上的 {{name}}。请检查其电源和网络后重试。',
    timeout: '{{address}} 上的 {{name}} 未及时响应，可能仍在重启：请稍后检查。',
    notSupported: '{{name}} 不支持通过网络执行此操作：{{detail}}',
    invalid: '文件未被接受：{{detail}}',
    deviceCode: '终端自身的错误码',
  },
  reboot: {
    title: '重启 {{name}}？',
    body: '{{name}} 将重启：约一分钟内无法开门、采集或上报事件。工作站会等待其恢复响应。',
    confirm: '重启',
    waiting: '正在等待 {{name}} 恢复…',
    done: '{{name}} 已在 {{seconds}} 秒后恢复。',
  },
  restore: {
    title: '恢复 {{name}} 的配置',
    body: '终端将采用文件中的设置并重启。人员及其凭证不在文件中，保持不变。',
    confirm: '恢复并重启',
    waiting: '正在恢复，等待 {{name}} 重启并恢复…',
    done: '配置已恢复；{{name}} 已重启并恢复。',
  },
  backup: {
    running: '正在备份 {{name}}…',
    done: '{{name}} 的配置已保存为 {{file}}。',
  },
}
