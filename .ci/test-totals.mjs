// Prints `N passed, N failed` over the JSON reports Vitest and Playwright
// wrote. Exits 1 when a report is missing or no test ran, so an empty run
// never looks green.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const folder = process.argv[2] ?? 'test-reports'
const read = (name) => {
  const path = join(folder, name)
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

let passed = 0
let failed = 0
let skipped = 0
const missing = []

const unit = read('unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
} else missing.push('unit.json')

const e2e = read('e2e.json')
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
} else missing.push('e2e.json')

if (missing.length > 0) console.log(`Missing test reports: ${missing.join(', ')}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(missing.length > 0 || failed > 0 || passed === 0 ? 1 : 0)
