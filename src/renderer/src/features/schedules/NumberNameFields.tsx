import { Alert, NumberInput, SimpleGrid, TextInput } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { Problem } from './plan-issues'

interface Props {
  no: number | string
  name: string
  /** Editing an existing definition: its number is its identity and stays. */
  fixedNumber: boolean
  numberProblem: Problem | undefined
  nameProblem: Problem | undefined
  /** Another definition of this kind already has the number (creating only). */
  taken: string | null
  /** Number 1 overwrites the terminals' factory all-day definition. */
  factoryWarning: string | null
  onNo(no: number | string): void
  onName(name: string): void
  onBlur(field: 'no' | 'name'): void
}

/** The number and name every definition has. */
export function NumberNameFields(p: Props) {
  const { t } = useSchedulesText()
  const problem = (x: Problem | undefined) => (x ? t(`invalid.${x}`) : undefined)
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={t('field.number')}
          description={p.fixedNumber ? undefined : t('field.numberHint')}
          required
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          readOnly={p.fixedNumber}
          min={1}
          max={1024}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          value={p.no}
          onChange={p.onNo}
          onBlur={() => p.onBlur('no')}
          error={p.taken ?? problem(p.numberProblem)}
          data-autofocus={p.fixedNumber ? undefined : true}
        />
        <TextInput
          label={t('field.name')}
          description={t('field.nameHint')}
          required
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="off"
          value={p.name}
          onChange={(e) => p.onName(e.currentTarget.value)}
          onBlur={() => p.onBlur('name')}
          error={problem(p.nameProblem)}
          data-autofocus={p.fixedNumber ? true : undefined}
        />
      </SimpleGrid>
      {p.factoryWarning && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          data-testid="factory-warning"
        >
          {p.factoryWarning}
        </Alert>
      )}
    </>
  )
}
