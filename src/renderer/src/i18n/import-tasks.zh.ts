// “本终端上的导入任务”（features/terminal/sections/ImportTasks.tsx），位于“终端文档”分区。
import type { Widen } from './widen'
import type { importTasksEn } from './import-tasks.en'

export const importTasksZh: Widen<typeof importTasksEn> = {
  title: '本终端上的导入任务',
  lead: '由其他工具在终端上启动、终端自行执行的人员或图片导入。本站显示其进度，并可删除某个任务；本站不会启动这些任务。',
  refresh: '刷新',
  none: '本终端上没有导入任务。',
  notOffered: '本终端不支持{{kinds}}导入。',
  kind: { persons: '人员', pictures: '图片' },
  column: {
    kind: '类型',
    task: '任务',
    status: '状态',
    progress: '进度',
    counts: '完成 / 失败 / 总数',
  },
  delete: '删除',
  deleteFor: '删除任务 {{task}}',
  deleteConfirm: '删除任务 {{task}}？启动它的工具将丢失尚未导入的部分。',
  confirm: '删除',
  cancel: '取消',
  deleted: '已在终端上删除任务 {{task}}。',
  unknown: '—',
}
