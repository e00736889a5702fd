// The next steps for a person just saved or opened: enrol their credentials on a terminal (the
// Enroll screen opens with them picked) or send them to their terminals now (a job for them only).
import { Button, Group } from '@mantine/core'
import { IconFingerprint, IconSend } from '@tabler/icons-react'
import type { PersonDetail } from '@shared/model'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useApply } from '../apply/store'
import { useEnroll } from '../enroll/store'
import { useNav } from '../shell/nav-store'
import { usePersonDrawer } from './store'

export function PersonActions({ person }: { person: PersonDetail }) {
  const { t } = usePersonDrawerText()
  const errorText = useErrorText()
  const go = useNav((s) => s.go)
  const pickPerson = useEnroll((s) => s.pickPerson)
  const start = useApply((s) => s.start)
  const close = usePersonDrawer((s) => s.close)
  const [busy, run] = useBusy()
  const enroll = () => {
    pickPerson({
      employeeNo: person.employeeNo,
      name: person.name,
      userType: person.userType,
      groupName: person.groupName,
      cards: person.cards.length,
      fingerprints: person.fingerprints.length,
      hasFace: person.face !== null,
      irises: person.irises.length,
      applyState: null,
      valid: person.valid.enable
        ? { beginTime: person.valid.beginTime, endTime: person.valid.endTime }
        : null,
    })
    close()
    go('enroll')
  }
  const applyNow = async () => {
    const r = await run(() => start([person.employeeNo]))
    if (!r.ok)
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
    else notify({ color: 'blue', title: t('applyStarted', { name: person.name }), message: '' })
  }
  return (
    <Group gap="xs" data-testid="person-actions">
      <Button
        variant="light"
        leftSection={<IconFingerprint size={16} aria-hidden />}
        onClick={enroll}
      >
        {t('enrollNow')}
      </Button>
      <Button
        variant="light"
        loading={busy}
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={() => void applyNow()}
      >
        {t('applyNow')}
      </Button>
    </Group>
  )
}
