// Issue 17 item 7: the CLI prints a station error as the words of its code — English by default,
// Chinese with --lang zh — never the raw code alone.
import { describe, expect, it } from 'vitest'
import { need, type CliContext } from '../../../src/main/cli/context'
import { codedFail } from '../../../src/shared/coded-failure'

const run = (flags: CliContext['flags']) => {
  const err: string[] = []
  const cli = { flags, json: false, args: [], out: () => {}, err: (t: string) => err.push(t) }
  const failed = codedFail('NOT_FOUND', 'personMissing', { employeeNo: '1005' })
  expect(need(cli as unknown as CliContext, failed)).toBeNull()
  return err.join('\n')
}

describe('CLI error words', () => {
  it('prints the English words of the code', () => {
    expect(run({})).toBe(
      'error NOT_FOUND: There is no person with employee number 1005 in the roster.',
    )
  })
  it('prints the Chinese words with --lang zh', () => {
    expect(run({ lang: 'zh' })).toBe('error NOT_FOUND: 名册中没有工号为 1005 的人员。')
  })
})
