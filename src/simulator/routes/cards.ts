import { jsonRoot } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { cardInfoCaps } from '../profiles/caps-person.js'
import { idList, optBool, optEnum, optStr, reqStr } from '../state/fields.js'
import type { CardRec } from '../state/model.js'
import { readEmployeeNo } from '../state/person-fields.js'
import { pageBody, pageCond } from '../state/search.js'

function readCard(ctx: Ctx, o: Obj, base?: CardRec): CardRec {
  const p = ctx.dev.profile
  const employeeNo = readEmployeeNo(o, p)
  const cardNo = reqStr(o, 'cardNo', 1, 32)
  if (!/^[0-9A-Za-z]+$/.test(cardNo)) fail('badParameters', 'cardNo')
  const cardType = optEnum(o, 'cardType', p.cardTypes) ?? base?.cardType ?? 'normalCard'
  const leaderCard = optStr(o, 'leaderCard', 32) ?? base?.leaderCard ?? ''
  return { employeeNo, cardNo, cardType, leaderCard }
}

/** The person's cards (counted as they come and go, never scanned). */
const personCardCount = (ctx: Ctx, employeeNo: string): number =>
  ctx.dev.data.cards.countOf(employeeNo)

function ensureRoom(ctx: Ctx, employeeNo: string): void {
  const d = ctx.dev
  if (d.faults.spec.memoryFull || d.data.cards.size >= d.profile.capacity.cards)
    fail('noMemory', 'maxRecordNum', 400)
  if (personCardCount(ctx, employeeNo) >= d.profile.capacity.cardsPerPerson)
    fail('cardNumberExceedLimit', 'numberPerPerson')
}

const cardOut = (c: CardRec): Obj => ({
  employeeNo: c.employeeNo,
  cardNo: c.cardNo,
  cardType: c.cardType,
  leaderCard: c.leaderCard,
})

export const cardRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/CardInfo/capabilities',
    format: 'json',
    feature: 'card',
    GET: (ctx) => json(cardInfoCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/Search',
    format: 'json',
    feature: 'card',
    getIs404: true,
    rights: { POST: 'read' },
    POST: (ctx) => {
      const cond = jsonRoot(ctx, 'CardInfoSearchCond')
      const { searchID, position, max } = pageCond(cond, 36, ctx.dev.profile.searchPageMax)
      const emps = idList(cond, 'EmployeeNoList', 'employeeNo', 30, 32)
      const cards = idList(cond, 'CardNoList', 'cardNo', 30, 32)
      if (emps && cards) fail('badParameters', 'CardNoList')
      let all = [...ctx.dev.data.cards.values()]
      if (emps) {
        const want = new Set(emps)
        all = all.filter((c) => want.has(c.employeeNo))
      }
      if (cards) {
        const want = new Set(cards)
        all = all.filter((c) => want.has(c.cardNo))
      }
      return json({
        CardInfoSearch: pageBody(
          ctx.dev.searches.page('card', () => all, searchID, position, max),
          'CardInfo',
          cardOut,
        ),
      })
    },
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/Count',
    format: 'json',
    feature: 'card',
    GET: (ctx) => {
      const emp = ctx.query.get('employeeNo')
      const n = emp === null ? ctx.dev.data.cards.size : personCardCount(ctx, emp)
      return json({ CardInfoCount: { cardNumber: n } })
    },
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/Record',
    format: 'json',
    feature: 'card',
    POST: (ctx) => {
      const o = jsonRoot(ctx, 'CardInfo')
      const d = ctx.dev
      const card = readCard(ctx, o)
      if (optBool(o, 'checkEmployeeNo') !== false && !d.data.persons.has(card.employeeNo))
        fail('employeeNoNotExist', 'employeeNo')
      if (d.data.cards.has(card.cardNo) && optBool(o, 'checkCardNo') !== false)
        fail('cardNoAlreadyExist', 'checkCardNo')
      ensureRoom(ctx, card.employeeNo)
      d.data.cards.set(card.cardNo, card)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/SetUp',
    format: 'json',
    feature: 'card',
    PUT: (ctx) => {
      const o = jsonRoot(ctx, 'CardInfo')
      const d = ctx.dev
      if (optBool(o, 'deleteCard') === true) {
        const emp = readEmployeeNo(o, d.profile)
        const cardNo = optStr(o, 'cardNo', 32, 1)
        for (const [k, c] of d.data.cards)
          if (c.employeeNo === emp && (cardNo === undefined || c.cardNo === cardNo))
            d.data.cards.delete(k)
        d.changed()
        return okJson()
      }
      const card = readCard(ctx, o)
      if (!d.data.persons.has(card.employeeNo)) fail('employeeNoNotExist', 'employeeNo')
      const existing = d.data.cards.get(card.cardNo)
      if (!existing || existing.employeeNo !== card.employeeNo) ensureRoom(ctx, card.employeeNo)
      d.data.cards.set(card.cardNo, card)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/Modify',
    format: 'json',
    feature: 'card',
    PUT: (ctx) => {
      const o = jsonRoot(ctx, 'CardInfo')
      const d = ctx.dev
      const probe = readCard(ctx, o)
      const existing = d.data.cards.get(probe.cardNo)
      if (!existing || existing.employeeNo !== probe.employeeNo) {
        if (optBool(o, 'addCard') !== true) fail('cardNoNotExist', 'cardNo')
        if (!d.data.persons.has(probe.employeeNo)) fail('employeeNoNotExist', 'employeeNo')
        if (existing) fail('cardNoAlreadyExist', 'cardNo')
        ensureRoom(ctx, probe.employeeNo)
      }
      d.data.cards.set(probe.cardNo, readCard(ctx, o, existing))
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/CardInfo/Delete',
    format: 'json',
    feature: 'card',
    PUT: (ctx) => {
      const cond = jsonRoot(ctx, 'CardInfoDelCond')
      const d = ctx.dev
      const emps = idList(cond, 'EmployeeNoList', 'employeeNo', 30, 32)
      const cards = idList(cond, 'CardNoList', 'cardNo', 30, 32)
      if (emps && cards) fail('badParameters', 'CardNoList')
      if (!emps && !cards) {
        d.data.cards.clear()
        d.recordEvent(3, 1030, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
      }
      if (cards) for (const c of cards) d.data.cards.delete(c)
      if (emps) for (const e of emps) for (const k of d.data.cards.keysOf(e)) d.data.cards.delete(k)
      d.changed()
      return okJson()
    },
  },
]
