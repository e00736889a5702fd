import type { Database } from 'better-sqlite3'
import type { Card, CardType, FaceMeta, Fingerprint, FingerType, Iris } from '@shared/model'

/** Cards, fingerprints, faces and irises of roster persons; all cascade with their person. */
export function credentialsRepo(db: Database) {
  const cardPut = db.prepare<[string, string, string, string]>(
    'INSERT INTO cards (card_no, employee_no, card_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (card_no) DO UPDATE SET card_type = excluded.card_type WHERE employee_no = excluded.employee_no',
  )
  const cardOwner = db.prepare<[string], { employee_no: string }>(
    'SELECT employee_no FROM cards WHERE card_no = ?',
  )
  const cardsOf = db.prepare<[string], { card_no: string; card_type: CardType }>(
    'SELECT card_no, card_type FROM cards WHERE employee_no = ? ORDER BY created_at, card_no',
  )
  const cardRemove = db.prepare<[string, string]>(
    'DELETE FROM cards WHERE card_no = ? AND employee_no = ?',
  )

  const fpPut = db.prepare(
    `INSERT INTO fingerprints (employee_no, finger_id, finger_type, template, quality, source_model, created_at)
     VALUES (@employeeNo, @fingerId, @fingerType, @template, @quality, @sourceModel, @createdAt)
     ON CONFLICT (employee_no, finger_id) DO UPDATE SET finger_type = excluded.finger_type, template = excluded.template,
       quality = excluded.quality, source_model = excluded.source_model, created_at = excluded.created_at`,
  )
  const fpOf = db.prepare<
    [string],
    {
      finger_id: number
      finger_type: FingerType
      template: Buffer
      quality: number | null
      source_model: string
    }
  >(
    'SELECT finger_id, finger_type, template, quality, source_model FROM fingerprints WHERE employee_no = ? ORDER BY finger_id',
  )
  const fpRemove = db.prepare<[string, number]>(
    'DELETE FROM fingerprints WHERE employee_no = ? AND finger_id = ?',
  )

  const facePut = db.prepare(
    `INSERT INTO faces (employee_no, jpeg, bytes, width, height, sha256, source, captured_at)
     VALUES (@employeeNo, @jpeg, @bytes, @width, @height, @sha256, @source, @capturedAt)
     ON CONFLICT (employee_no) DO UPDATE SET jpeg = excluded.jpeg, bytes = excluded.bytes, width = excluded.width,
       height = excluded.height, sha256 = excluded.sha256, source = excluded.source, captured_at = excluded.captured_at`,
  )
  const faceMeta = db.prepare<
    [string],
    {
      bytes: number
      width: number
      height: number
      sha256: string
      source: FaceMeta['source']
      captured_at: string
    }
  >('SELECT bytes, width, height, sha256, source, captured_at FROM faces WHERE employee_no = ?')
  const faceForSend = db.prepare<[string], { jpeg: Buffer; sha256: string }>(
    'SELECT jpeg, sha256 FROM faces WHERE employee_no = ?',
  )
  const faceJpeg = db.prepare<[string], { jpeg: Buffer }>(
    'SELECT jpeg FROM faces WHERE employee_no = ?',
  )
  const faceRemove = db.prepare<[string]>('DELETE FROM faces WHERE employee_no = ?')

  const irisPut = db.prepare(
    `INSERT INTO irises (employee_no, eye, data, source_model, created_at) VALUES (@employeeNo, @eye, @data, @sourceModel, @createdAt)
     ON CONFLICT (employee_no, eye) DO UPDATE SET data = excluded.data, source_model = excluded.source_model, created_at = excluded.created_at`,
  )
  const irisOf = db.prepare<[string], { eye: Iris['eye']; data: Buffer; source_model: string }>(
    'SELECT eye, data, source_model FROM irises WHERE employee_no = ? ORDER BY eye',
  )
  const irisRemove = db.prepare<[string, string]>(
    'DELETE FROM irises WHERE employee_no = ? AND eye = ?',
  )

  return {
    cards: {
      /** false when the card number already belongs to someone else. */
      put(card: Card, at: string): boolean {
        return cardPut.run(card.cardNo, card.employeeNo, card.cardType, at).changes > 0
      },
      owner: (cardNo: string): string | undefined => cardOwner.get(cardNo)?.employee_no,
      of: (employeeNo: string): Card[] =>
        cardsOf
          .all(employeeNo)
          .map((r) => ({ employeeNo, cardNo: r.card_no, cardType: r.card_type })),
      remove: (employeeNo: string, cardNo: string): boolean =>
        cardRemove.run(cardNo, employeeNo).changes > 0,
    },
    fingerprints: {
      put(fp: Fingerprint, at: string): void {
        fpPut.run({ ...fp, template: Buffer.from(fp.template, 'base64'), createdAt: at })
      },
      of: (employeeNo: string): Fingerprint[] =>
        fpOf.all(employeeNo).map((r) => ({
          employeeNo,
          fingerId: r.finger_id,
          fingerType: r.finger_type,
          template: r.template.toString('base64'),
          quality: r.quality,
          sourceModel: r.source_model,
        })),
      remove: (employeeNo: string, fingerId: number): boolean =>
        fpRemove.run(employeeNo, fingerId).changes > 0,
    },
    faces: {
      put(meta: FaceMeta, jpeg: Buffer): void {
        facePut.run({ ...meta, jpeg })
      },
      meta(employeeNo: string): FaceMeta | null {
        const r = faceMeta.get(employeeNo)
        return r
          ? {
              employeeNo,
              bytes: r.bytes,
              width: r.width,
              height: r.height,
              sha256: r.sha256,
              source: r.source,
              capturedAt: r.captured_at,
            }
          : null
      },
      jpeg: (employeeNo: string): Buffer | null => faceJpeg.get(employeeNo)?.jpeg ?? null,
      /** The picture and its hash in one read, as apply sends it. */
      forSend: (employeeNo: string): { jpeg: Buffer; sha256: string } | null =>
        faceForSend.get(employeeNo) ?? null,
      remove: (employeeNo: string): boolean => faceRemove.run(employeeNo).changes > 0,
    },
    irises: {
      put(iris: Iris, at: string): void {
        irisPut.run({
          employeeNo: iris.employeeNo,
          eye: iris.eye,
          data: Buffer.from(iris.data, 'base64'),
          sourceModel: iris.sourceModel,
          createdAt: at,
        })
      },
      of: (employeeNo: string): Iris[] =>
        irisOf.all(employeeNo).map((r) => ({
          employeeNo,
          eye: r.eye,
          data: r.data.toString('base64'),
          sourceModel: r.source_model,
        })),
      remove: (employeeNo: string, eye: string): boolean =>
        irisRemove.run(employeeNo, eye).changes > 0,
    },
  }
}
