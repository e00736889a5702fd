// Awaits a condition instead of sleeping: retries `check` until it resolves (its value is
// returned) or `timeoutMs` has passed (its last error is thrown). The deadline is generous on
// purpose: it only bounds a test that would fail anyway, it never decides a passing one.
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 20_000,
  stepMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, stepMs))
    }
  }
}
