/** Strong enough for a terminal: 8–16 chars, ≥ 2 character classes, not the user name (forward or reversed). */
export function isStrongPassword(pw: string, userName: string): boolean {
  if (pw.length < 8 || pw.length > 16) return false
  const classes = [/[0-9]/, /[a-z]/, /[A-Z]/, /[^0-9a-zA-Z]/].filter((re) => re.test(pw)).length
  if (classes < 2) return false
  const lower = pw.toLowerCase()
  const u = userName.toLowerCase()
  return lower !== u && lower !== [...u].reverse().join('')
}
