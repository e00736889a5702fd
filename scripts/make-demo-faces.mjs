#!/usr/bin/env node
// Generates the demo site's sample face pictures: synthetic cartoon faces drawn as SVG and
// encoded as JPEG. Never photos of real people. Output is committed under resources/demo.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'demo')
const PEOPLE = [
  {
    employeeNo: '1001',
    name: 'Ava Lindqvist',
    group: 'Front office',
    skin: '#f1c7a5',
    hair: '#3b2a1e',
    card: '0003301001',
  },
  {
    employeeNo: '1002',
    name: 'Bilal Haddad',
    group: 'Front office',
    skin: '#c68b5e',
    hair: '#1d1510',
    card: '0003301002',
  },
  {
    employeeNo: '1003',
    name: 'Chen Jing',
    group: 'Engineering',
    skin: '#e8b990',
    hair: '#0e0b0a',
    card: '0003301003',
  },
  {
    employeeNo: '1004',
    name: 'Dara Okafor',
    group: 'Engineering',
    skin: '#8d5a3b',
    hair: '#120c08',
    card: '0003301004',
  },
  {
    employeeNo: '1005',
    name: 'Elena Rossi',
    group: 'Warehouse',
    skin: '#f3d0b4',
    hair: '#7a4a22',
    card: '0003301005',
  },
  {
    employeeNo: '1006',
    name: 'Farid Karimi',
    group: 'Warehouse',
    skin: '#d9a47c',
    hair: '#2a1c14',
    card: '0003301006',
  },
]

function faceSvg({ skin, hair }, i) {
  const bg = ['#dfe7f2', '#e6efe3', '#f2e6de', '#e9e3f2', '#f2efdc', '#dcecf0'][i % 6]
  const shirt = ['#3d5a80', '#6a994e', '#bc4749', '#5e548e', '#dda15e', '#2a9d8f'][i % 6]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="640" viewBox="0 0 480 640">
  <rect width="480" height="640" fill="${bg}"/>
  <path d="M60 640 Q60 480 240 470 Q420 480 420 640 Z" fill="${shirt}"/>
  <rect x="205" y="400" width="70" height="90" rx="20" fill="${skin}"/>
  <ellipse cx="240" cy="300" rx="120" ry="150" fill="${skin}"/>
  <path d="M118 280 Q120 140 240 135 Q360 140 362 280 Q350 200 240 195 Q130 200 118 280 Z" fill="${hair}"/>
  <ellipse cx="195" cy="300" rx="16" ry="10" fill="#fff"/><ellipse cx="285" cy="300" rx="16" ry="10" fill="#fff"/>
  <circle cx="195" cy="300" r="7" fill="#2b2b2b"/><circle cx="285" cy="300" r="7" fill="#2b2b2b"/>
  <path d="M175 275 Q195 265 215 275" stroke="${hair}" stroke-width="6" fill="none"/>
  <path d="M265 275 Q285 265 305 275" stroke="${hair}" stroke-width="6" fill="none"/>
  <path d="M240 310 Q232 345 240 350 Q248 352 252 346" stroke="#00000040" stroke-width="4" fill="none"/>
  <path d="M205 385 Q240 405 275 385" stroke="#8a3b3b" stroke-width="6" fill="none" stroke-linecap="round"/>
</svg>`
}

mkdirSync(join(out, 'faces'), { recursive: true })
for (const [i, p] of PEOPLE.entries()) {
  const jpeg = await sharp(Buffer.from(faceSvg(p, i)))
    .jpeg({ quality: 85 })
    .toBuffer()
  writeFileSync(join(out, 'faces', `${p.employeeNo}.jpg`), jpeg)
}
writeFileSync(
  join(out, 'persons.json'),
  JSON.stringify(
    PEOPLE.map(({ employeeNo, name, group, card }) => ({
      employeeNo,
      name,
      group,
      card,
      face: `faces/${employeeNo}.jpg`,
    })),
    null,
    2,
  ) + '\n',
)
console.log(`wrote ${PEOPLE.length} synthetic faces to ${out}`)
