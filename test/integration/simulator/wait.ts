// Polls until a check passes (or throws after timeoutMs): tests wait on device state, not on sleeps.
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs = 5000,
  stepMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > deadline) throw e
      await new Promise((r) => setTimeout(r, stepMs))
    }
  }
}
