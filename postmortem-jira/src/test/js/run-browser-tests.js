'use strict';
/*
 * The real-browser tests of a plugin module (integration-test phase): the screenshot and accessibility check of
 * its screen states (screens.js) and, given a report path (postmortem-jira), the narrative editor's behaviour in
 * Chromium (narrative-editor.browser.test.js, Node's test runner) with its JUnit report there, where .ci/run
 * counts it.
 *
 *   node run-browser-tests.js <module directory> [junit-report.xml]
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { chromiumPath } = require('./harness/browser');

function run(args, env) {
    const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: __dirname, env: { ...process.env, ...env } });
    if (result.error) {
        console.error('Could not start node: ' + result.error.message);
        return 1;
    }
    return result.status === null ? 1 : result.status;
}

const moduleDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..'));
const report = process.argv[3];
try {
    chromiumPath();
} catch (missing) {
    console.error(missing.message);
    process.exit(1);
}
let status = run([path.join(__dirname, 'screens.js'), moduleDir]);
if (report) {
    fs.mkdirSync(path.dirname(path.resolve(report)), { recursive: true });
    fs.rmSync(report, { force: true });
    status = run(['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=junit',
        '--test-reporter-destination=' + report, path.join(__dirname, 'narrative-editor.browser.test.js')],
    { TZ: 'Europe/Berlin', POSTMORTEM_MODULE: moduleDir }) || status;
}
process.exit(status);
