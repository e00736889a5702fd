import type { Widen } from './widen'
import type { demoEn } from './demo.en'

export const demoZh: Widen<typeof demoEn> = {
  banner: '演示站点',
  bannerBody:
    '“Demo site”（演示站点）的终端是在本机模拟的，并附带示例人员。添加您自己的终端后可将其移除。',
  remove: '移除演示站点',
  removed: '演示站点已移除：{{devices}} 台终端，{{persons}} 位示例人员。它不会再自动启动。',
}
