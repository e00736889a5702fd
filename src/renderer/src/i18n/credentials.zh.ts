// 终端上的凭证：人脸库记录、指纹类型、身份证黑名单。
import type { credentialsEn } from './credentials.en'
import type { Widen } from './widen'

export const credentialsZh: Widen<typeof credentialsEn> = {
  faceRecords: {
    title: '人脸记录',
    lead: '一个人脸库中的记录（前 100 条）。修改姓名、性别或出生日期后保存：单条单独修改，多条批量修改。',
    library: '查看其记录的库',
    FPID: '记录',
    name: '姓名',
    gender: '性别',
    born: '出生日期',
    nameOf: '记录 {{FPID}} 的姓名',
    genders: { male: '男', female: '女', unknown: '未知' },
    none: '此人脸库中没有人脸记录。',
    save: '保存 {{count}} 条已修改的记录',
    saved: '人脸记录已保存到终端。',
  },
  fingerType: {
    label: '类型',
    ofFinger: '手指 {{finger}} 的类型',
    types: {
      normalFP: '普通',
      hijackFP: '胁迫（触发胁迫报警）',
      patrolFP: '巡更',
      superFP: '超级（任何时候开门）',
      dismissingFP: '解除',
    },
    saved: '已在 {{count}} 台终端上更改指纹类型。',
  },
  idBlockList: {
    title: '身份证黑名单',
    lead: '在此终端身份证读卡器上被拒绝的身份证号码。终端不提供读取其名单：输入号码以加入或移出黑名单。号码以掩码显示。',
    number: '身份证号码',
    name: '姓名',
    add: '加入黑名单',
    remove: '移除',
    empty: '没有被禁止的身份证号码。',
    saved: '黑名单已发送到终端。',
    max: '最多 {{max}} 个号码。',
  },
}
