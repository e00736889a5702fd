// An apply job awaited to its end without sleeping: its status is read at once and again at
// each apply.progress event, until it is done, failed or cancelled.
import type { Station } from '../../src/main/station'
import type { ApplyJob } from '../../src/shared/model'
import { value } from './result'

export const jobEnded = (station: Pick<Station, 'call' | 'subscribe'>, jobId: string) =>
  new Promise<ApplyJob>((resolve) => {
    const check = async () => {
      const job = value<ApplyJob>(await station.call('apply.status', { jobId }))
      if (['done', 'failed', 'cancelled'].includes(job.state)) {
        off()
        resolve(job)
      }
    }
    const off = station.subscribe((event) => {
      if (event === 'apply.progress') void check()
    })
    void check()
  })
