'use strict';
/*
 * The oldest Node.js that runs these tests as the build does: 20.8.0 added the test runner's JUnit reporter
 * (--test-reporter=junit), which writes the report .ci/run counts. An older Node 20 would pass a major-version
 * check and then fail on the reporter with an error that names neither the cause nor the fix.
 */
const MINIMUM = [20, 8, 0];

/* Whether a version such as process.version ("v20.19.2") is MINIMUM or newer. */
function supported(version) {
    const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version));
    if (!parts) {
        return false;
    }
    for (let i = 0; i < MINIMUM.length; i++) {
        const part = Number(parts[i + 1]);
        if (part !== MINIMUM[i]) {
            return part > MINIMUM[i];
        }
    }
    return true;
}

module.exports = {MINIMUM: MINIMUM.join('.'), supported};
