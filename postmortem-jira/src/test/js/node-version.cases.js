'use strict';
/*
 * harness/node-version.js: which Node.js run-tests.js accepts. Registered inside the single root suite of
 * browser-scripts.test.js.
 */
const {it} = require('node:test');
const assert = require('node:assert/strict');
const {MINIMUM, supported} = require('./harness/node-version');

it('test runner: accepts Node.js 20.8 and newer, the first with the JUnit reporter the build reads', () => {
    assert.equal(MINIMUM, '20.8.0');
    for (const version of ['v20.8.0', 'v20.8.1', 'v20.19.2', 'v21.0.0', 'v22.11.0', 'v24.1.0', '20.10.0']) {
        assert.equal(supported(version), true, version);
    }
    for (const version of ['v20.7.0', 'v20.0.0', 'v18.20.4', 'v19.9.0', 'v8.17.0', '', 'node', undefined]) {
        assert.equal(supported(version), false, String(version));
    }
    assert.equal(supported(process.version), true, 'the Node.js running this test');
});
