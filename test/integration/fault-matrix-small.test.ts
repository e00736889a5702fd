// The fault suite of issue 18 in every `npm test`, scaled down to 60 persons per scenario (the
// full 1,000-person matrix: `npm run test:faults`). Same scenarios, same checks.
process.env.FAULT_PERSONS ??= '60'
await import('../faults/fault-matrix.test')
export {}
