#!/usr/bin/env node
// Draws resources/icon.png (512×512): a lumbung (rice barn) on a green tile. No image library needed.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const S = 512
const px = Buffer.alloc(S * S * 4)
const set = (x, y, [r, g, b, a = 255]) => {
  const i = (y * S + x) * 4
  px[i] = r
  px[i + 1] = g
  px[i + 2] = b
  px[i + 3] = a
}
const green = [22, 101, 52],
  cream = [250, 243, 224],
  brown = [120, 72, 34],
  red = [185, 28, 28]
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const r = 96,
      cx = Math.min(Math.max(x, r), S - 1 - r),
      cy = Math.min(Math.max(y, r), S - 1 - r)
    const inTile = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    if (!inTile) {
      set(x, y, [0, 0, 0, 0])
      continue
    }
    let c = green
    // roof: a wide triangle with a red ridge
    const roofTop = 96,
      roofBottom = 250
    if (y >= roofTop && y <= roofBottom) {
      const half = ((y - roofTop) / (roofBottom - roofTop)) * 190 + 10
      if (Math.abs(x - 256) <= half) c = y < roofTop + 18 ? red : brown
    }
    // body of the barn on stilts
    if (y > roofBottom && y <= 370 && x >= 150 && x <= 362) c = cream
    if (y > 300 && y <= 370 && x >= 236 && x <= 276) c = brown
    if (y > 370 && y <= 420 && ((x >= 165 && x <= 185) || (x >= 327 && x <= 347) || (x >= 246 && x <= 266))) c = brown
    set(x, y, c)
  }
}
const raw = Buffer.alloc(S * (S * 4 + 1))
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4)
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const c = Buffer.alloc(4)
  c.writeUInt32BE(crc(td))
  return Buffer.concat([len, td, c])
}
const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(S, 0)
ihdr.writeUInt32BE(S, 4)
ihdr[8] = 8
ihdr[9] = 6
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
writeFileSync(new URL('../resources/icon.png', import.meta.url), png)
console.log(`resources/icon.png: ${png.length} bytes`)
