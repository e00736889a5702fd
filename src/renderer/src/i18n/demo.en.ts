export const demoEn = {
  banner: 'Demo site',
  bannerBody:
    'The terminals of the "Demo site" are simulated on this computer, with sample persons. Remove it when you add your own terminals.',
  remove: 'Remove demo site',
  removed:
    'Demo site removed: {{devices}} terminals and {{persons}} sample persons. It will not start again by itself.',
} as const
