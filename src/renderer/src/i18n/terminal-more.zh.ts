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
}
