#!/usr/bin/env node
/**
 * Runs Marsad's tests and prints plain `N passed, N failed` lines (CI reads the last one).
 *   node scripts/run-tests.mjs          unit tests, build, end-to-end tests
 *   node scripts/run-tests.mjs --unit   unit tests only
 *   node scripts/run-tests.mjs --e2e    build, end-to-end tests only
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const runUnit = !args.has('--e2e');
const runE2e = !args.has('--unit');
const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const outDir = mkdtempSync(join(tmpdir(), 'marsad-tests-'));

function vitest(label, config) {
  const jsonFile = join(outDir, `${label}.json`);
  const result = spawnSync(
    bin('vitest'),
    ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
    { stdio: 'inherit' },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(jsonFile)) {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
    // No test is expected to skip: a skipped test is a check that silently stopped checking, so it fails the run.
    const skipped = [];
    for (const suite of report.testResults ?? []) {
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
          skipped.push(`${suite.name}: ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      console.log(
        `${label}: ${skipped.length} test(s) skipped, which none should be:\n  ${skipped.join('\n  ')}`,
      );
      failed += skipped.length;
    }
    // A suite that fails to load has no tests: count it as a failure.
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
    }
  }
  if (result.status !== 0 && failed === 0) failed = 1;
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

const totals = { passed: 0, failed: 0 };
function add({ passed, failed }) {
  totals.passed += passed;
  totals.failed += failed;
}

if (runUnit) add(vitest('unit', 'vitest.config.ts'));
if (runE2e) {
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('build: 0 passed, 1 failed');
    totals.failed += 1;
  } else {
    add(vitest('e2e', 'vitest.e2e.config.ts'));
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
