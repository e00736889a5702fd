// The admin password a factory-new Hikvision terminal accepts on activation. Pure, so the UI
// can check it as the user types and the station checks it again at the boundary.

export type PasswordProblem = 'tooShort' | 'tooLong' | 'oneKind' | 'isUserName'

export function activationPasswordProblem(
  password: string,
  userName = 'admin',
): PasswordProblem | null {
  if (password.length < 8) return 'tooShort'
  if (password.length > 16) return 'tooLong'
  const kinds = [/[0-9]/, /[a-z]/, /[A-Z]/, /[^0-9a-zA-Z]/].filter((re) => re.test(password)).length
  if (kinds < 2) return 'oneKind'
  const lower = password.toLowerCase()
  const user = userName.toLowerCase()
  if (lower === user || lower === [...user].reverse().join('')) return 'isUserName'
  return null
}
