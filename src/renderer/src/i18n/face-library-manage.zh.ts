// 创建与删除静态人脸库（FaceLibraryManage.tsx）。
import type { Widen } from './widen'
import type { faceLibraryManageEn } from './face-library-manage.en'

export const faceLibraryManageZh: Widen<typeof faceLibraryManageEn> = {
  newName: '新建静态库',
  create: '创建',
  created: '已在终端上创建人脸库。',
  remove: '删除静态库',
  removeLead: '从终端删除该库及其中所有人脸。请输入库名确认。',
  which: '人脸库',
  confirm: '再次输入库名',
  removeButton: '连同人脸一起删除',
  removed: '已从终端删除人脸库。',
}
