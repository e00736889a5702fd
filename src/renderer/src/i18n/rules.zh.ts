// 终端页：通行规则、健康筛查、考勤、事件设置（中文）。结构由 rules.en.ts 约束（features.ts）。
import type { Widen } from './widen'
import type { rulesEn } from './rules.en'

export const rulesZh: Widen<typeof rulesEn> = {
  antiPassback: {
    title: '反潜回记录',
    lead: '记录每人上次通行的读卡器：因重复进入被拒的人员，清除其记录后即可再次通行。',
    employees: '工号（逗号分隔；留空：全部人员）',
    clear: '清除记录',
    cleared: '终端上的反潜回记录已清除。',
    badList: '工号为 1 至 32 个字符，最多 32 个。',
  },
  reset: {
    title: '恢复出厂',
    antiPassbackRules: '清除反潜回规则',
    groups: '清除多重认证群组',
    eventCardLinkage: '清除事件卡号联动',
    done: '已在终端上清除。',
    confirm: '这会把终端的该项设置恢复为出厂值。继续吗？',
  },
  faceLibraries: {
    lead: '终端的人脸库及每个库中的人脸数量。工作站的人员下发到 1 号库。',
    id: '编号',
    type: '类型',
    name: '名称',
    faces: '人脸数',
    rename: '重命名',
    renamed: '已在终端上重命名人脸库。',
    nameOf: '{{id}} 号库的名称',
    unknown: '—',
    types: { blackFD: '人员（识别）', staticFD: '静态库', infraredFD: '红外库' },
  },
  templates: {
    title: '终端上的考勤计划模板',
    show: '读取列表',
    no: '编号',
    name: '名称',
    property: '考勤状态',
    weekPlan: '周计划',
    enabled: '启用',
    yes: '是',
    no2: '否',
    empty: '终端未列出任何模板。',
    properties: {
      check: '签到 / 签退',
      break: '休息',
      overtime: '加班',
    },
  },
}
