import {
  Alert,
  TagsInput,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Text,
  Textarea,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonFormText, usePersonsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { GENDERS, USER_TYPES, type Gender, type UserType } from '@shared/model'
import type { AppError } from '@shared/result'
import { isReasonCode, reasonText, type Reason } from '@shared/reason-text'
import { useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { usePersonDrawer } from '../person-drawer/store'
import { TemplatePicker } from '../schedules/TemplatePicker'
import { checkDeviceLimits } from './device-limits'
import {
  explainIssue,
  fieldOf,
  initialValues,
  toInput,
  validate,
  type FieldErrors,
  type FormValues,
} from './form-model'
import { usePersonForm } from './store'
import { notify } from '../../lib/notify'

export function PersonForm() {
  const { t } = usePersonFormText()
  const { t: tc } = useTranslation()
  const { editing, close } = usePersonForm(
    useShallow((s) => ({ editing: s.editing, close: s.close })),
  )
  const person = editing === 'new' ? null : editing
  return (
    <Modal
      opened={editing !== null}
      onClose={close}
      title={person ? t('editTitle', { name: person.name }) : t('addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {editing !== null && <FormBody key={person?.employeeNo ?? 'new'} />}
    </Modal>
  )
}

function FormBody() {
  const { t } = usePersonFormText()
  const { t: tPersons } = usePersonsText()
  const { t: tc, i18n } = useTranslation()
  const errorText = useErrorText()
  const { editing, groups, limits, save, close } = usePersonForm(
    useShallow((s) => ({
      editing: s.editing,
      groups: s.groups,
      limits: s.limits,
      save: s.save,
      close: s.close,
    })),
  )
  const check = (v: FormValues): FieldErrors => ({
    ...checkDeviceLimits(t, v, limits),
    ...validate(t, v),
  })
  const openPerson = usePersonDrawer((s) => s.open)
  const person = editing === 'new' ? null : editing
  const [values, setValues] = useState<FormValues>(() => initialValues(person))
  const [errors, setErrors] = useState<FieldErrors>({})
  /** What a terminal would refuse, in its words (kept apart from the form's own checks). */
  const [refusals, setRefusals] = useState<FieldErrors>({})
  const [touched, setTouched] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, run] = useBusy()

  useEffect(() => {
    if (touched) setErrors(check(values))
  }, [values, touched, t, limits])
  useEffect(() => setRefusals({}), [values]) // an edited value is the operator's answer

  const field = <K extends keyof FormValues>(key: K) => ({
    value: values[key] as string,
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value
      setValues((v) => ({ ...v, [key]: value }))
    },
  })

  const submit = async () => {
    setTouched(true)
    const found = check(values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setRefusals({})
    const r = await run(() => save(toInput(values)))
    if (r.ok) {
      notify({ message: tPersons('saved', { name: r.value.name }), color: 'green' })
      openPerson(r.value.employeeNo)
      return
    }
    if (r.error.code === 'CONFLICT' && editing === 'new')
      return setErrors({ employeeNo: t('exists', { employeeNo: values.employeeNo.trim() }) })
    // a terminal the person goes to would refuse a value: its reason, in the operator's language
    const coded = r.error.details?.reason as Reason | undefined
    const codedField = fieldOf(String(r.error.details?.field ?? ''))
    if (r.error.code === 'INVALID_ARGS' && coded && isReasonCode(coded.code) && codedField) {
      setFailure(null)
      const words = reasonText(coded, i18n.language.startsWith('zh') ? 'zh' : 'en')
      setRefusals({ [codedField]: words })
      return setErrors({ [codedField]: words })
    }
    const issues =
      r.error.code === 'INVALID_ARGS' && Array.isArray(r.error.details?.issues)
        ? (r.error.details.issues as { path: string }[])
        : []
    const mapped: FieldErrors = {}
    for (const i of issues) {
      const hit = explainIssue(t, String(i.path), undefined)
      if (hit) mapped[hit[0]] = hit[1]
    }
    setErrors(mapped)
    setFailure(Object.keys(mapped).length > 0 ? null : r.error)
  }

  const failureText = failure ? errorText(failure) : null
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('employeeNo')}
            description={
              person
                ? undefined
                : t(limits?.digitsOnly ? 'employeeNoHintDigits' : 'employeeNoHint', {
                    max: Math.min(32, limits?.employeeNo.max ?? 32),
                  })
            }
            required
            readOnly={person !== null}
            data-autofocus={person ? undefined : true}
            autoComplete="off"
            {...field('employeeNo')}
          />
          <TextInput
            label={t('name')}
            required
            data-autofocus={person ? true : undefined}
            autoComplete="off"
            {...field('name')}
          />
          <Select
            label={t('userType')}
            data={USER_TYPES.map((v) => ({ value: v, label: tPersons(`userType.${v}`) }))}
            value={values.userType}
            allowDeselect={false}
            error={errors.userType}
            onChange={(v) => v && setValues((s) => ({ ...s, userType: v as UserType }))}
          />
          <Select
            label={t('gender')}
            data={GENDERS.map((v) => ({ value: v, label: tPersons(`gender.${v}`) }))}
            value={values.gender}
            allowDeselect={false}
            onChange={(v) => v && setValues((s) => ({ ...s, gender: v as Gender }))}
          />
          <TagsInput
            label={t('group')}
            description={t('groupHint')}
            data={groups}
            value={values.groups}
            error={errors.groups}
            maxTags={32}
            clearable
            onChange={(groups) => setValues((s) => ({ ...s, groups }))}
          />
          <PasswordInput
            label={t('pin')}
            description={t('pinHint')}
            inputMode="numeric"
            autoComplete="new-password"
            {...field('pin')}
          />
          <TextInput
            label={t('doorRights')}
            description={t('doorRightsHint')}
            {...field('doorRights')}
          />
          <TemplatePicker
            label={t('plan')}
            value={values.planTemplateNo}
            error={errors.planTemplateNo}
            refusal={refusals.planTemplateNo}
            onChange={(planTemplateNo) => setValues((s) => ({ ...s, planTemplateNo }))}
          />
        </SimpleGrid>
        <Switch
          label={t('validEnable')}
          checked={values.validEnable}
          onChange={(e) => {
            const validEnable = e.currentTarget.checked
            setValues((s) => ({ ...s, validEnable }))
          }}
        />
        {values.validEnable && (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput type="datetime-local" label={t('validBegin')} {...field('validBegin')} />
            <TextInput type="datetime-local" label={t('validEnd')} {...field('validEnd')} />
          </SimpleGrid>
        )}
        <Textarea label={t('notes')} autosize minRows={2} maxRows={5} {...field('notes')} />
        {failureText && (
          <Alert color="red" variant="light" title={failureText.title} role="alert">
            {failureText.advice ?? failureText.detail}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          {limits && (
            <Text size="xs" c="dimmed" mr="auto" data-testid="limits-note">
              {t('limits.note', { count: limits.terminals })}
            </Text>
          )}
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
