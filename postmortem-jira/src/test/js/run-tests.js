'use strict';
/*
 * Runs the browser-script tests as the Maven build does (postmortem-jira, test phase): a readable report on
 * stdout and, when a path is given, Node's JUnit report there (target/surefire-reports/TEST-narrative-js.xml),
 * which .ci/run counts with the Java tests.
 *
 *   node run-tests.js [junit-report.xml]        (npm test: the readable report only)
 */
const fs = require('node:fs');
const path = require('node:path');
const {spawnSync} = require('node:child_process');

const nodeVersion = require('./harness/node-version');

if (!nodeVersion.supported(process.version)) {
    console.error('The JavaScript tests of postmortem-jira need Node.js ' + nodeVersion.MINIMUM + ' or newer; this is '
        + process.version + '.');
    process.exit(1);
}

const report = process.argv[2];
const args = ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout'];
if (report) {
    fs.mkdirSync(path.dirname(path.resolve(report)), {recursive: true});
    fs.rmSync(report, {force: true});
    args.push('--test-reporter=junit', '--test-reporter-destination=' + report);
}
args.push(path.join(__dirname, 'browser-scripts.test.js'));

// Local times in the tests are those of Europe/Berlin, whatever the machine's zone.
const run = spawnSync(process.execPath, args, {stdio: 'inherit', env: {...process.env, TZ: 'Europe/Berlin'}});
if (run.error) {
    console.error('Could not start the test runner: ' + run.error.message);
    process.exit(1);
}
if (run.status !== 0) {
    process.exit(run.status === null ? 1 : run.status);
}

if (report) {
    // The report's first <testsuite> is what gets counted: it must hold every test (see browser-scripts.test.js).
    const xml = fs.readFileSync(report, 'utf8');
    const suite = /<testsuite [^>]*\btests="(\d+)"/.exec(xml);
    const total = /<!-- tests (\d+) -->/.exec(xml);
    if (!suite || !total || suite[1] !== total[1] || Number(total[1]) === 0) {
        console.error('The JUnit report ' + report + ' counts ' + (suite ? suite[1] : 'no') + ' tests in its first '
            + 'suite but the runner ran ' + (total ? total[1] : 'none') + ': keep every test directly inside the one '
            + 'describe of browser-scripts.test.js.');
        process.exit(1);
    }
}
