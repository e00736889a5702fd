// Day-one onboarding (issue 14 items 3, 4, 6): terminals found on the LAN (SADP), activated and
// added in one action; duplicate checks over the roster before anything is applied.
import { z } from 'zod'
import type { AppError } from '../result'
import { deviceInput, strongPassword } from './devices'
import { method, none } from './method'

/** A terminal that answered the discovery probe. */
export interface FoundTerminal {
  model: string
  serialNumber: string
  address: string
  httpPort: number
  mac: string
  firmware: string
  activated: boolean
  /** The station's terminal at this address and port, when it is already added. */
  deviceId: string | null
}

export interface DiscoveryReport {
  terminals: FoundTerminal[]
  /** Answers that were not well-formed SADP documents: ignored, counted. */
  malformed: number
  /** Where the probe went (the LAN's multicast group, or an injected test target). */
  probedAt: string
}

/** One terminal of a batch (activate / add): done, or why not. */
export interface BatchTargetOutcome {
  host: string
  port: number
  ok: boolean
  deviceId?: string
  name?: string
  error?: AppError
}

const target = z
  .object({
    host: deviceInput.shape.host,
    port: deviceInput.shape.port,
    protocol: deviceInput.shape.protocol.default('http'),
    name: deviceInput.shape.name.optional(),
  })
  .strict()

export const MAX_BATCH_TARGETS = 256

export const DUPLICATE_KINDS = [
  'card',
  'employeeNo',
  'fingerprint',
  'face',
  'faceLikeness',
] as const
/** faceLikeness: two faces a terminal's comparison found alike (contract/face-check.ts). */
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number]

/** Persons who share something that should be theirs alone. */
export interface DuplicateGroup {
  kind: DuplicateKind
  /** What they share, normalised (a card number, an employee number, a hash). */
  key: string
  members: {
    employeeNo: string
    name: string
    /** The card number / finger as this person holds it; for faceLikeness the similarity (%). */
    value: string
  }[]
}

export const onboardApi = {
  /** SADP probe on the LAN; every answer until the time is up. */
  'devices.discover': method<DiscoveryReport>()(
    z.object({ timeoutMs: z.number().int().min(200).max(30_000).default(3000) }).strict(),
  ),
  /** Activates factory-new terminals with one admin password and adds each; one attempt each. */
  'devices.activateMany': method<BatchTargetOutcome[]>()(
    z
      .object({
        targets: z.array(target).min(1).max(MAX_BATCH_TARGETS),
        password: strongPassword,
        site: z.string().max(64).default(''),
      })
      .strict(),
  ),
  /** Adds several terminals with one account; each login is attempted once. */
  'devices.addMany': method<BatchTargetOutcome[]>()(
    z
      .object({
        targets: z.array(target).min(1).max(MAX_BATCH_TARGETS),
        username: deviceInput.shape.username,
        password: deviceInput.shape.password,
        site: z.string().max(64).default(''),
      })
      .strict(),
  ),
  /** Persons sharing a card, an employee number, a fingerprint template or a face. */
  'persons.duplicates': method<DuplicateGroup[]>()(none),
  /** "These are not duplicates": the group is no longer listed until its members change. */
  'persons.dismissDuplicate': method<{ dismissed: boolean }>()(
    z
      .object({
        kind: z.enum(DUPLICATE_KINDS),
        key: z.string().min(1).max(200),
      })
      .strict(),
  ),
}
