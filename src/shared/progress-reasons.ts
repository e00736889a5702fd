// Progress the station reports while it works (enrolment captures, firmware upgrades) and the
// reasons it gives per item (a refused photo of an import, a person the terminal comparison
// could not resolve): codes with parameters, worded here in en and zh. Part of REASON_TEXT.
export const PROGRESS_REASON_TEXT = {
  // enrolment (EnrollProgressEvent.reason)
  enrollFaceCaptured: {
    en: 'The terminal accepted the face (capture complete).',
    zh: '终端已接受人脸（采集完成）。',
  },
  enrollFaceSaved: {
    en: 'Face saved ({{width}}×{{height}}, {{kb}} KB).',
    zh: '人脸已保存（{{width}}×{{height}}，{{kb}} KB）。',
  },
  enrollCardRead: { en: 'Card {{cardNo}} read.', zh: '已读取卡 {{cardNo}}。' },
  enrollCardSaved: { en: 'Card {{cardNo}} added.', zh: '已添加卡 {{cardNo}}。' },
  enrollFingerRead: {
    en: 'Fingerprint read with quality {{quality}}.',
    zh: '已读取指纹，质量 {{quality}}。',
  },
  enrollFingerReadNoQuality: {
    en: 'The terminal read the finger (it reported no quality).',
    zh: '终端已读取手指（未报告质量）。',
  },
  enrollFingerTooPoor: {
    en: 'The terminal found the fingerprint too poor to use. Clean and dry the finger, place it flat and centred on the sensor, and try again.',
    zh: '终端认为该指纹质量太差，无法使用。请清洁并擦干手指，将其平放在传感器中央后重试。',
  },
  enrollFingerBelowFloor: {
    en: 'Fingerprint quality {{quality}} is below {{min}}. Clean and dry the finger, place it flat and centred on the sensor, and try again.',
    zh: '指纹质量 {{quality}} 低于 {{min}}。请清洁并擦干手指，将其平放在传感器中央后重试。',
  },
  enrollFingerSaved: { en: 'Finger {{finger}} saved.', zh: '手指 {{finger}} 已保存。' },
  enrollIrisCaptured: {
    en: 'Iris captured ({{eyes:eyes}}).',
    zh: '已采集虹膜（{{eyes:eyes}}）。',
  },
  enrollIrisSaved: { en: 'Iris saved ({{eyes:eyes}}).', zh: '虹膜已保存（{{eyes:eyes}}）。' },
  enrollCaptureCancelled: { en: 'The capture was cancelled.', zh: '采集已取消。' },
  // firmware upgrades (UpgradeProgressEvent.reason)
  upgradeSending: {
    en: 'Sending the package to {{terminal}} ({{percent}}%).',
    zh: '正在向 {{terminal}} 发送升级包（{{percent}}%）。',
  },
  upgradeFlashing: {
    en: '{{terminal}} is writing the firmware ({{percent}}%).',
    zh: '{{terminal}} 正在写入固件（{{percent}}%）。',
  },
  upgradeRebooting: {
    en: '{{terminal}} is restarting with the new firmware.',
    zh: '{{terminal}} 正在使用新固件重启。',
  },
  upgradeBack: {
    en: '{{terminal}} is back with firmware {{version}} (was {{previous}}).',
    zh: '{{terminal}} 已恢复，固件 {{version}}（原为 {{previous}}）。',
  },
  upgradeBackSameVersion: {
    en: '{{terminal}} is back; its firmware version is still {{version}}.',
    zh: '{{terminal}} 已恢复；固件版本仍为 {{version}}。',
  },
  upgradeFailed: {
    en: 'The upgrade of {{terminal}} failed.',
    zh: '{{terminal}} 升级失败。',
  },
  peripheralSending: {
    en: 'Sending the package for {{type}} {{module}} to {{terminal}} ({{percent}}%).',
    zh: '正在向 {{terminal}} 发送 {{type}} {{module}} 的升级包（{{percent}}%）。',
  },
  peripheralFlashing: {
    en: '{{terminal}} is writing {{type}} {{module}} ({{percent}}%).',
    zh: '{{terminal}} 正在写入 {{type}} {{module}}（{{percent}}%）。',
  },
  peripheralDone: {
    en: '{{type}} {{module}} of {{terminal}} now runs {{version}}.',
    zh: '{{terminal}} 的 {{type}} {{module}} 现为 {{version}}。',
  },
  peripheralDoneNoVersion: {
    en: '{{type}} {{module}} of {{terminal}} was upgraded.',
    zh: '{{terminal}} 的 {{type}} {{module}} 已升级。',
  },
  // a face picture refused (face-normaliser.ts, also the "why" of a refused import photo)
  faceNotAnImage: {
    en: 'This file is not a picture the station can read. Use a JPEG or PNG photo.',
    zh: '该文件不是工作站能读取的图片。请使用 JPEG 或 PNG 照片。',
  },
  faceNoSize: {
    en: 'This picture has no size; it may be damaged.',
    zh: '该图片没有尺寸，可能已损坏。',
  },
  faceTooSmall: {
    en: 'The picture is {{width}}×{{height}} pixels; terminals need at least {{minSide}} pixels on each side. Take a closer or larger photo.',
    zh: '图片为 {{width}}×{{height}} 像素；终端要求每边至少 {{minSide}} 像素。请拍摄更近或更大的照片。',
  },
  faceBlank: {
    en: 'This picture is one flat colour: there is no face in it. Take a photo of the person’s face.',
    zh: '该图片只有一种颜色：其中没有人脸。请拍摄此人的面部照片。',
  },
  faceTooLarge: {
    en: 'The picture cannot be made smaller than {{kb}} KB without becoming too small to recognise.',
    zh: '图片无法压缩到 {{kb}} KB 以下而不影响识别。',
  },
  photoUnexpected: {
    en: 'The picture could not be checked: {{why}}',
    zh: '无法检查该图片：{{why}}',
  },
} as const
