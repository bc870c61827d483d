// Reads the JSON reports of Vitest (.reports/unit.json) and Playwright
// (.reports/e2e.json) and prints one line "N passed, N failed" summing both.
// Exits non-zero when a test failed or when no test ran at all. A flaky test (one that
// passed only on a retry) counts as failed: retries are not a fix (the suite runs with none).
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`Could not read ${path}: ${error.message}`);
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const unit = read('.reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  console.log('unit: no report (the unit tests did not run)');
}
const e2e = read('.reports/e2e.json');
if (e2e) {
  const s = e2e.stats ?? {};
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
  console.log(`e2e: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed, ${s.flaky ?? 0} flaky, ${s.skipped ?? 0} skipped`);
} else {
  console.log('e2e: no report (the end-to-end tests did not run)');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
