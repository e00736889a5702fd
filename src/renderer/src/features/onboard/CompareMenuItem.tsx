import { Menu } from '@mantine/core'
import { IconArrowsDiff } from '@tabler/icons-react'
import { useOnboardText } from '../../i18n/feature-hooks'

/** A terminal's menu: "Compare with roster…" (the dialog lives outside the menu). */
export function CompareMenuItem({ onClick }: { onClick: () => void }) {
  const { t } = useOnboardText()
  return (
    <Menu.Item leftSection={<IconArrowsDiff size={16} aria-hidden />} onClick={onClick}>
      {t('compare')}
    </Menu.Item>
  )
}
