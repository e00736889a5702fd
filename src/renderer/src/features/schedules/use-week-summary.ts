import { useSchedulesText } from '../../i18n/feature-hooks'
import type { TimeRange, Weekday } from '@shared/model'
import { weekSummary } from './week-summary'

/** The week in one line, in the current language. */
export function useWeekSummary(): (days: Partial<Record<Weekday, readonly TimeRange[]>>) => string {
  const { t } = useSchedulesText()
  return (days) =>
    weekSummary(days, {
      day: (d) => t(`daysShort.${d}`),
      closed: t('week.closed'),
    })
}
