// How many credentialed requests the station has on the wire to one terminal at once. Issue 16.3:
// one at a time, so a password changed on the terminal costs exactly one failed login; the apply
// runner's second step in flight is prepared (roster read, body built) while the first is sent.
// The fleet bench divides its latency floor by this, not by the runner's step concurrency.

/** The station's clients never let lanes send credentialed requests in parallel. */
export const PARALLEL_CREDENTIALS = false

/** Requests on the wire per terminal when the apply runner keeps `stepsInFlight` steps going. */
export const credentialedLanes = (stepsInFlight: number): number =>
  PARALLEL_CREDENTIALS ? stepsInFlight : 1
