'use strict';
/*
 * The chart library bundled in the Jira app (js/vendor/chartjs, ADR 0022) is exactly the release file of the
 * chart.js version package.json pins: byte for byte the npm package's dist/chart.umd.min.js, with its licence.
 * Upgrading is: pin the new version, npm install, copy the two files. Registered inside the single root suite of
 * browser-scripts.test.js.
 */
const {it} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const VENDOR = path.resolve(__dirname, '..', '..', 'main', 'resources', 'js', 'vendor', 'chartjs');
// chart.js exports no package.json; its folder is where npm ci put it.
const PACKAGE = path.join(__dirname, 'node_modules', 'chart.js');

it('bundles exactly the pinned chart.js release file and its MIT licence', () => {
    const pinned = require('./package.json').devDependencies['chart.js'];
    assert.equal(JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')).version, pinned);
    assert.ok(fs.readFileSync(path.join(PACKAGE, 'dist', 'chart.umd.min.js'))
        .equals(fs.readFileSync(path.join(VENDOR, 'chart.umd.min.js'))), 'chart.umd.min.js differs from chart.js '
        + pinned + ': copy node_modules/chart.js/dist/chart.umd.min.js to ' + VENDOR);
    assert.equal(fs.readFileSync(path.join(VENDOR, 'LICENSE.md'), 'utf8'),
        fs.readFileSync(path.join(PACKAGE, 'LICENSE.md'), 'utf8'));
    assert.match(fs.readFileSync(path.join(VENDOR, 'LICENSE.md'), 'utf8'), /The MIT License/);
});
