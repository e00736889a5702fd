// Toasts with an accessible close button, in the current language.
import { notifications, type NotificationData } from '@mantine/notifications'
import { i18next } from '../i18n'

export function notify(data: NotificationData): void {
  notifications.show({ closeButtonProps: { 'aria-label': i18next.t('common.close') }, ...data })
}
