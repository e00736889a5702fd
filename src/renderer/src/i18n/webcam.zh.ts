import type { webcamEn } from './webcam.en'
import type { Widen } from './widen'

export const webcamZh: Widen<typeof webcamEn> = {
  title: '拍摄人脸照片',
  starting: '正在启动摄像头…',
  capture: '拍照',
  retake: '重拍',
  use: '使用此照片',
  preview: '摄像头预览',
  shot: '已拍摄的照片',
  denied: '摄像头被阻止。请在浏览器中允许此页面使用摄像头，然后重试。',
  missing: '未找到摄像头。请连接摄像头，或改为上传照片文件。',
  busy: '摄像头正被其他程序使用。请关闭该程序后重试。',
  failed: '摄像头无法启动。',
  hint: '正对摄像头，光线均匀，背景简洁。',
}
