// 问题 12（第 1 部分）终端页新增：恢复图像默认参数……
import type { Widen } from './widen'
import type { terminalMoreEn } from './terminal-more.en'

export const terminalMoreZh: Widen<typeof terminalMoreEn> = {
  picture: {
    restore: '恢复图像默认参数',
    restoreConfirm: '将亮度、对比度、饱和度、锐度和补光恢复为终端默认值？当前调校将丢失。',
    confirm: '确认恢复',
    cancel: '取消',
    restored: '终端图像参数已恢复为默认值。',
  },
  workStatus: {
    title: '终端状态',
    fields: {
      powerSupplyStatus: '供电',
      batteryVoltage: '电池电压（V×10）',
      batteryLowVoltage: '电池电压低',
      batteryChargeStatus: '电池充电',
      hostAntiDismantleStatus: '防拆',
      antiSneakStatus: '反潜回',
      multiDoorInterlockStatus: '多门互锁',
      fireAlarmStatus: '消防报警',
      indicatorLightStatus: '指示灯',
      netStatus: '网络',
      ezvizStatus: '萤石/Hik-Connect',
      sipStatus: 'SIP',
      cardNum: '已存卡数',
    },
  },
  hosts: {
    title: '其他平台的监听主机',
    url: '添加主机（URL）',
    badUrl: '不是带主机的 http(s) URL，例如 http://10.0.0.5:8080/events',
    add: '添加到空闲槽位',
    list: '替换主机（每行一个 URL）',
    listHint: '除本工作站的槽位外，其余槽位依次填入这些主机，多余槽位清空。',
    replace: '替换主机',
    replaceConfirm: '替换其他平台的全部槽位？未列出的平台将不再收到事件。',
    yes: '确认替换',
    cancel: '取消',
    done: '终端的监听主机已更新。',
  },
}
