'use strict';
/*
 * The tests of the Jira app's browser scripts, in ONE suite with every test directly inside it: the JUnit report
 * of Node's test runner gives each suite the count of its direct children only, and .ci/run (like Surefire's
 * readers) takes the first <testsuite> of a report as its totals. A nested describe would be miscounted;
 * run-tests.js checks that the report's totals match the runner's own count.
 */
process.env.TZ = 'Europe/Berlin';
const {describe} = require('node:test');

describe('postmortem-jira browser scripts', () => {
    require('./narrative-editor.cases');
    require('./soak-panel.cases');
    require('./project-settings.cases');
    require('./account-panel.cases');
    require('./incident-postmortem.cases');
    require('./decide-panel.cases');
    require('./node-version.cases');
    require('./vendor.cases');
    require('./process-report.cases');
    require('./status-item.cases');
});
