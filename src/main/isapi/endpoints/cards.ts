import { int } from '../codec/read'
import { cardToWire, parseCard, type Card } from '../models/card'
import type { IsapiHttp } from '../http/isapi-http'
import { chunks, guardList, idempotentDelete, jsonOk, jsonRoot, type CallOptions } from './common'
import {
  allPages,
  newSearchId,
  searchByEmployeePage,
  type Page,
  type SearchOptions,
} from './paging'

const BASE = '/ISAPI/AccessControl/CardInfo'

export type { Card } from '../models/card'

export interface CardSearch extends SearchOptions {
  employeeNos?: string[]
  cardNos?: string[]
}

export async function searchCardsPage(
  http: IsapiHttp,
  q: CardSearch & { searchID: string; position: number },
): Promise<Page<Card>> {
  const byCard = !q.employeeNos?.length && q.cardNos?.length
  return searchByEmployeePage(
    http,
    `${BASE}/Search?format=json`,
    'CardInfo',
    q,
    byCard ? { CardNoList: q.cardNos!.map((cardNo) => ({ cardNo })) } : {},
    parseCard,
  )
}

/** All cards matching, page by page with one searchID (long lists in batches of 30). */
export async function* searchCards(http: IsapiHttp, q: CardSearch = {}): AsyncGenerator<Card> {
  const list = q.employeeNos?.length ? q.employeeNos : q.cardNos
  const key = q.employeeNos?.length ? 'employeeNos' : 'cardNos'
  const batches = list && list.length > 30 ? chunks(list, 30) : [list]
  for (const part of batches) {
    const searchID = batches.length === 1 ? (q.searchID ?? newSearchId()) : newSearchId()
    yield* allPages(
      (position) => searchCardsPage(http, { ...q, [key]: part, searchID, position }),
      q,
    )
  }
}

export async function countCards(
  http: IsapiHttp,
  employeeNo?: string,
  o: CallOptions = {},
): Promise<number> {
  const path = `${BASE}/Count?format=json${employeeNo ? `&employeeNo=${encodeURIComponent(employeeNo)}` : ''}`
  return (
    int(
      jsonRoot(http, await http.json('GET', path, undefined, o), 'CardInfoCount', 'GET', path)
        .cardNumber,
    ) ?? 0
  )
}

/** Adds a card; cardNoAlreadyExist (conflict) when the number is on anyone. */
export async function addCard(http: IsapiHttp, c: Card, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'POST', `${BASE}/Record?format=json`, { CardInfo: cardToWire(c) }, o)
}

/** Create-or-replace (SetUp). */
export async function upsertCard(http: IsapiHttp, c: Card, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'PUT', `${BASE}/SetUp?format=json`, { CardInfo: cardToWire(c) }, o)
}

export async function modifyCard(http: IsapiHttp, c: Card, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'PUT', `${BASE}/Modify?format=json`, { CardInfo: cardToWire(c) }, o)
}

export type CardDeleteTarget = { cardNos: string[] } | { employeeNos: string[] }

/** Deletes cards by number or by owner. An empty list is refused (it would delete every card). */
export async function deleteCards(
  http: IsapiHttp,
  target: CardDeleteTarget,
  o: CallOptions & { batch?: number } = {},
): Promise<void> {
  const byCard = 'cardNos' in target
  const values = byCard ? target.cardNos : target.employeeNos
  guardList(values, byCard ? 'cardNo' : 'employeeNo')
  for (const part of chunks(values, o.batch ?? 30)) {
    const cond = byCard
      ? { CardNoList: part.map((cardNo) => ({ cardNo })) }
      : { EmployeeNoList: part.map((employeeNo) => ({ employeeNo })) }
    await idempotentDelete(() =>
      jsonOk(
        http,
        'PUT',
        `${BASE}/Delete?format=json`,
        { CardInfoDelCond: cond },
        { bodyTimeoutMs: 60_000, headersTimeoutMs: 60_000, ...o },
      ),
    )
  }
}
