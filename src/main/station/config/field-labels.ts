// Words for the remaining fields of the registered resources (the registry names the fields that
// matter most, with their order and hints; this file names the rest, so the generic form never
// shows a raw field name). Data only: resource id → field key (dotted) → en + zh.
import type { ConfigLabel } from '@shared/contract/config'
import { CONTACT_STATES } from './option-labels'

const L = (en: string, zh: string): ConfigLabel => ({ en, zh })

export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, ConfigLabel>>>> = {
  DeviceInfo: {
    deviceDescription: L('Description', '设备描述'),
    deviceLocation: L('Location', '设备位置'),
    systemContact: L('Contact', '联系人'),
    model: L('Model', '型号'),
    serialNumber: L('Serial number', '序列号'),
    macAddress: L('MAC address', 'MAC 地址'),
    firmwareVersion: L('Firmware version', '固件版本'),
    firmwareReleasedDate: L('Firmware date', '固件日期'),
    encoderVersion: L('Encoder version', '编码版本'),
    encoderReleasedDate: L('Encoder date', '编码日期'),
    bootVersion: L('Boot version', '引导程序版本'),
    bootReleasedDate: L('Boot date', '引导程序日期'),
    hardwareVersion: L('Hardware version', '硬件版本'),
    bspVersion: L('BSP version', 'BSP 版本'),
    dspVersion: L('DSP version', 'DSP 版本'),
    deviceType: L('Device type', '设备类型'),
    subDeviceType: L('Device subtype', '设备子类型'),
    manufacturer: L('Manufacturer', '制造商'),
    OEMCode: L('OEM code', 'OEM 代码'),
    marketType: L('Market type', '市场类型'),
    releaseRegion: L('Release region', '发布区域'),
    productionDate: L('Production date', '生产日期'),
    encryptionModel: L('Encryption model', '加密型号'),
    displayInterfaceSize: L('Screen size (inches)', '屏幕尺寸（英寸）'),
    localZoneNum: L('Local zones', '本地防区数'),
    alarmInNum: L('Alarm inputs', '报警输入数'),
    alarmOutNum: L('Alarm outputs', '报警输出数'),
    relayNum: L('Relays', '继电器数'),
    electroLockNum: L('Electric locks', '电锁数'),
    RS485Num: L('RS-485 ports', 'RS-485 接口数'),
    supportBeep: L('Has a buzzer', '支持蜂鸣器'),
    supportVideoLoss: L('Reports video loss', '支持视频丢失报警'),
  },
  AcsCfg: {
    showCapPic: L('Show the captured picture', '显示抓拍图片'),
    overlayUserInfo: L('Overlay the person’s details on pictures', '图片叠加人员信息'),
    saveFacePic: L('Keep face pictures', '保存人脸图片'),
    saveVerificationPic: L('Keep authentication pictures', '保存认证图片'),
    uploadVerificationPic: L('Upload authentication pictures', '上传认证图片'),
    desensitiseEmployeeNo: L('Mask the employee number', '工号脱敏显示'),
    desensitiseName: L('Mask the name', '姓名脱敏显示'),
  },
  NTPServer: { id: L('Server number', '服务器编号') },
  CardReaderCfg: {
    cardReaderVersion: L('Reader firmware version', '读卡器固件版本'),
    cardReaderDescription: L('Reader type', '读卡器类型'),
    QRCodeEnabled: L('Read QR codes', '启用二维码识别'),
    enableFailAlarm: L('Alarm on repeated failures', '启用认证失败报警'),
    enableTamperCheck: L('Tamper detection', '启用防拆检测'),
    offlineCheckTime: L('Offline after (s)', '掉线检测时间（秒）'),
  },
  FaceCompareCond: {
    leftBorder: L('Left border (px)', '左边距（像素）'),
    rightBorder: L('Right border (px)', '右边距（像素）'),
    upBorder: L('Top border (px)', '上边距（像素）'),
    bottomBorder: L('Bottom border (px)', '下边距（像素）'),
    interorbitalDistance: L('Minimum eye distance (px)', '最小瞳距（像素）'),
    faceWidthLowerLimit: L('Minimum face width (px)', '最小人脸宽度（像素）'),
    width: L('Image width (px)', '图像宽度（像素）'),
    height: L('Image height (px)', '图像高度（像素）'),
  },
  RFCardCfg: {
    'EMCard.enabled': L('Read EM cards', '读取 EM 卡'),
    'M1Card.enabled': L('Read M1 (Mifare) cards', '读取 M1 卡'),
    'CPUCard.enabled': L('Read CPU cards', '读取 CPU 卡'),
    'IDCard.enabled': L('Read ID cards', '读取身份证'),
    'FelicaCard.enabled': L('Read FeliCa cards', '读取 FeliCa 卡'),
    'DesfireCard.enabled': L('Read DESFire cards', '读取 DESFire 卡'),
  },
  CardVerificationRule: {
    enable: L('Apply a card-number rule', '启用卡号认证规则'),
    cardNoLenMode: L('Card number length', '卡号长度模式'),
  },
  DoorParam: {
    openButton: L('Exit button enabled', '启用开门按钮'),
    enableDoorLock: L('Door lock enabled', '启用门锁'),
    enableLeaderCard: L('First-card mode', '启用首卡模式'),
    leaderCardMode: L('First-card mode kind', '首卡模式类型'),
    lockInputCheck: L('Check the lock input', '门锁输入检测'),
    lockInputType: L('Lock input contact', '门锁输入类型'),
    doorTerminalMode: L('Door terminal mode', '门端子模式'),
    ladderControlDelayTime: L('Elevator visitor delay (min)', '梯控访客延时（分钟）'),
    remoteControlPWStatus: L('Remote-open password', '远程开门密码'),
    useLocalController: L('Secure door control unit', '启用门禁安全控制单元'),
    localControllerID: L('Control unit number', '安全控制单元编号'),
    localControllerDoorNumber: L('Control unit door', '安全控制单元门号'),
    localControllerStatus: L('Control unit state', '安全控制单元状态'),
  },
}

/** Words for the values of some of those fields (the terminal's own list decides which exist). */
export const FIELD_OPTION_LABELS: Readonly<
  Record<string, Readonly<Record<string, Record<string, ConfigLabel>>>>
> = {
  AcsCfg: {
    protocol: { OSDP: L('OSDP', 'OSDP'), Private: L('Hikvision private', '海康私有协议') },
  },
  CardReaderCfg: {
    defaultVerifyMode: {
      cardAndFace: L('Card + face', '刷卡+人脸'),
      faceOrPw: L('Face or PIN', '人脸或密码'),
      iris: L('Iris', '虹膜'),
      faceOrIris: L('Face or iris', '人脸或虹膜'),
      cardOrFaceOrIris: L('Card, face or iris', '刷卡或人脸或虹膜'),
    },
  },
  CardVerificationRule: {
    cardNoLenMode: {
      full: L('Full card number', '完整卡号'),
      wiegand26: L('Wiegand 26 length', '韦根 26 长度'),
      wiegand34: L('Wiegand 34 length', '韦根 34 长度'),
    },
  },
  DeviceLanguage: {
    language: {
      English: L('English', '英语'),
      SimpChinese: L('Chinese (simplified)', '简体中文'),
      TradChinese: L('Chinese (traditional)', '繁体中文'),
      Russian: L('Russian', '俄语'),
      BrazilianPortuguese: L('Portuguese (Brazil)', '葡萄牙语（巴西）'),
      Portuguese: L('Portuguese', '葡萄牙语'),
      Indonesian: L('Indonesian', '印尼语'),
      Spanish: L('Spanish', '西班牙语'),
      Arabic: L('Arabic', '阿拉伯语'),
      Vietnamese: L('Vietnamese', '越南语'),
      Thai: L('Thai', '泰语'),
      Japanese: L('Japanese', '日语'),
      Korean: L('Korean', '韩语'),
      French: L('French', '法语'),
      German: L('German', '德语'),
      Italian: L('Italian', '意大利语'),
      Turkish: L('Turkish', '土耳其语'),
      Polish: L('Polish', '波兰语'),
    },
  },
  FaceCompareCond: { maxDistance: { auto: L('Automatic', '自动') } },
  NTPServer: {
    addressingFormatType: {
      hostname: L('Host name', '主机名'),
      ipaddress: L('IP address', 'IP 地址'),
    },
  },
  DoorParam: {
    lockInputType: CONTACT_STATES,
    doorTerminalMode: {
      common: L('Normal', '普通'),
      preventCutAndShort: L('Detect cut and short circuit', '防剪防短'),
    },
    leaderCardMode: {
      disable: L('Off', '关闭'),
      alwaysOpen: L('First card holds the door open', '首卡常开'),
      authorize: L('First card authorizes the others', '首卡授权'),
    },
  },
  WiegandCfg: {
    wiegandMode: {
      wiegand26: L('Wiegand 26', '韦根 26'),
      wiegand27: L('Wiegand 27', '韦根 27'),
      wiegand34: L('Wiegand 34', '韦根 34'),
      wiegand35: L('Wiegand 35', '韦根 35'),
    },
  },
}
