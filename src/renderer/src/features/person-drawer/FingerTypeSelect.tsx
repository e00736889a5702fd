// A stored fingerprint's type (fingerprints.setType): normal, duress, patrol, super, dismissing.
// The roster keeps it and every terminal holding the fingerprint is told at once; a terminal that
// could not be told is named (it gets the type at the next apply).
import { Select } from '@mantine/core'
import { useState } from 'react'
import { FINGER_TYPES, type FingerType } from '@shared/model'
import { useCredentialsText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'

export function FingerTypeSelect({
  employeeNo,
  fingerId,
  fingerType,
}: {
  employeeNo: string
  fingerId: number
  fingerType: FingerType
}) {
  const { t } = useCredentialsText()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  return (
    <Select
      size="xs"
      w={220}
      aria-label={t('fingerType.ofFinger', { finger: fingerId })}
      data={FINGER_TYPES.map((v) => ({ value: v, label: t(`fingerType.types.${v}`) }))}
      value={fingerType}
      disabled={busy}
      allowDeselect={false}
      onChange={async (v) => {
        const next = FINGER_TYPES.find((x) => x === v)
        if (!next || next === fingerType) return
        setBusy(true)
        const r = await station.fingerprints.setType({ employeeNo, fingerId, fingerType: next })
        setBusy(false)
        if (!r.ok)
          return notify({
            color: 'red',
            title: errorText(r.error).title,
            message: errorText(r.error).advice ?? errorText(r.error).detail,
          })
        notify({
          color: r.value.pending.length ? 'yellow' : 'green',
          message: [
            t('fingerType.saved', { count: r.value.modified.length }),
            ...r.value.pending.map((p) => `${p.terminal}: ${errorText(p.error).title}`),
          ].join(' '),
        })
      }}
    />
  )
}
