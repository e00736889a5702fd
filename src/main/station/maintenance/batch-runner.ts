// Runs one operation on many terminals, a few at a time. Every terminal ends in its own outcome:
// a failure is kept with its code and the others go on. States are pushed as `batch.progress`.
import { randomUUID } from 'node:crypto'
import type { BatchItem, BatchReport, BatchState } from '@shared/contract/batch'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { reasonText, type Reason } from '@shared/reason-text'

export async function runBatch<T>(
  ctx: StationContext,
  devices: DeviceService,
  ids: string[],
  concurrency: number,
  op: (id: string, name: string) => Promise<T>,
  describe: (name: string, state: BatchState, value?: T) => Reason,
): Promise<BatchReport<T>> {
  const batchId = randomUUID()
  const names = new Map(ids.map((id) => [id, devices.record(id).name])) // NOT_FOUND before anything runs
  const emit = (deviceId: string, state: BatchState, reason: Reason) =>
    ctx.bus.emit('batch.progress', {
      batchId,
      deviceId,
      state,
      message: reasonText(reason, 'en'),
      reason,
    })
  for (const id of ids) emit(id, 'queued', describe(names.get(id)!, 'queued'))
  const items: BatchItem<T>[] = new Array<BatchItem<T>>(ids.length)
  let next = 0
  const worker = async () => {
    while (next < ids.length) {
      const i = next++
      const id = ids[i]!
      const name = names.get(id)!
      emit(id, 'running', describe(name, 'running'))
      try {
        const value = await op(id, name)
        items[i] = { deviceId: id, deviceName: name, ok: true, value }
        emit(id, 'done', describe(name, 'done', value))
      } catch (error) {
        const failure = devices.mapError(error, name)
        items[i] = { deviceId: id, deviceName: name, ok: false, error: failure.toAppError() }
        const coded = failure.details?.reason as Reason | undefined
        emit(
          id,
          'failed',
          coded ?? {
            code: 'batchTerminalFailed',
            params: { terminal: name, why: failure.message },
          },
        )
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, worker))
  return { batchId, items }
}
