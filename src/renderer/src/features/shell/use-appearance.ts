// The station's language and theme settings drive i18next and Mantine's colour scheme.
import { useColorScheme } from '@mantine/hooks'
import { useEffect } from 'react'
import { setLanguage } from '../../i18n'
import { useSettings } from '../settings/store'

export function useAppearance(): 'light' | 'dark' {
  const theme = useSettings((s) => s.settings?.theme ?? 'system')
  const language = useSettings((s) => s.settings?.language ?? 'en')
  const system = useColorScheme('light', { getInitialValueInEffect: false })
  useEffect(() => {
    // a failed fetch of the strings leaves the UI in the language it was in
    setLanguage(language).catch(() => {})
  }, [language])
  const scheme = theme === 'system' ? system : theme
  useEffect(() => {
    document.documentElement.dataset.theme = scheme
  }, [scheme])
  return scheme
}
