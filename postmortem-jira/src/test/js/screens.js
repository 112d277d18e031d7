'use strict';
/*
 * Screenshots and accessibility check of every screen state (integration-test phase of postmortem-jira and
 * postmortem-confluence): each fragment the module's *ScreensTest wrote to <module>/target/screens is opened in
 * Chromium with AUI 9.12.6, in the light and the dark theme; a PNG goes to
 * <module>/target/screenshots/<state>.<language>.<theme>.png and axe-core's results to
 * <module>/target/screenshots/axe.json. Fails (exit 1) on any serious or critical axe violation, on a script error
 * in a page, and when there is nothing to check.
 *
 *   node screens.js <module directory>
 */
const fs = require('node:fs');
const path = require('node:path');
const axe = require('axe-core');
const { THEMES, launch, readFragment, open } = require('./harness/browser');
const { lintStub } = require('./harness/lint-stub');

const FAILING = new Set(['serious', 'critical']);

/*
 * The REST answers of a screen: the editor's lint stub, and for a state with a <state>.<language>.json beside its
 * fragment (written by the *ScreensTest from the real resource) its answers: {"status": 200, "json": {...}} to any
 * other REST call of the page, and optionally "routes": [{"path": "/rest/api/2/search", "status", "json"}] for the
 * calls whose path starts with one of them (the host's own REST API).
 */
function restStub(location, moduleDir, fragment) {
    const lint = lintStub(moduleDir, fragment.language);
    const answerFile = location.replace(/\.html$/, '.json');
    const answer = fs.existsSync(answerFile) ? JSON.parse(fs.readFileSync(answerFile, 'utf8')) : null;
    return async request => {
        const linted = await lint(request);
        if (linted || !answer) {
            return linted;
        }
        const pathname = new URL(request.url()).pathname;
        const route = (answer.routes || []).find(candidate => pathname.startsWith(candidate.path));
        return route || (answer.json ? answer : null);
    };
}

async function main() {
    const moduleDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..'));
    const screens = path.join(moduleDir, 'target', 'screens');
    const output = path.join(moduleDir, 'target', 'screenshots');
    const fragments = fs.existsSync(screens)
        ? fs.readdirSync(screens).filter(name => name.endsWith('.html')).sort().map(name => path.join(screens, name))
        : [];
    if (fragments.length === 0) {
        throw new Error('No screen states in ' + screens + ': the module\'s *ScreensTest writes them in the test phase.');
    }
    fs.rmSync(output, { recursive: true, force: true });
    fs.mkdirSync(output, { recursive: true });

    const started = Date.now();
    const browser = await launch();
    const results = [];
    const failures = [];
    try {
        // Two pages at a time (the build machines have two cores); each page is shot in both themes.
        const queue = fragments.slice();
        const worker = async () => {
            for (let location = queue.shift(); location; location = queue.shift()) {
                const fragment = readFragment(location);
                const page = await open(browser, moduleDir, fragment, THEMES[0], restStub(location, moduleDir, fragment));
                try {
                    // Scripts (the narrative editor) build their forms on DOM ready; let their requests settle.
                    if (fragment.resources.some(name => name.endsWith('.js'))) {
                        try {
                            await page.waitForLoadState('networkidle');
                            // A script that loads its content marks it aria-busy until it is drawn (the report's charts).
                            await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null,
                                { timeout: 10000 });
                        } catch (error) {
                            throw new Error(fragment.state + '.' + fragment.language + ': ' + error.message);
                        }
                    }
                    await page.addScriptTag({ content: axe.source });
                    // Colours must be final when axe measures them: AUI fields fade their colours when the theme
                    // changes, and a measurement mid-fade fails contrast at random.
                    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important;'
                        + ' animation: none !important; caret-color: transparent !important; }' });
                    for (const theme of THEMES) {
                        await page.evaluate(mode => new Promise(resolve => {
                            document.documentElement.dataset.colorMode = mode;
                            requestAnimationFrame(() => requestAnimationFrame(resolve));
                        }), theme);
                        const name = fragment.state + '.' + fragment.language + '.' + theme;
                        await page.locator('#screen').screenshot({ path: path.join(output, name + '.png') });
                        const report = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
                        const violations = report.violations.map(violation => ({
                            id: violation.id, impact: violation.impact, help: violation.help, helpUrl: violation.helpUrl,
                            nodes: violation.nodes.map(node => ({ target: node.target, html: node.html,
                                summary: node.failureSummary }))
                        }));
                        results.push({ state: fragment.state, language: fragment.language, theme, violations });
                        for (const violation of violations.filter(v => FAILING.has(v.impact))) {
                            failures.push(name + ': ' + violation.impact + ' ' + violation.id + ' (' + violation.help
                                + ') at ' + violation.nodes.map(node => node.target.join(' ')).join(', '));
                        }
                    }
                    for (const error of page.scriptErrors) {
                        failures.push(fragment.state + '.' + fragment.language + ': script error: ' + error);
                    }
                } finally {
                    await page.close();
                }
            }
        };
        await Promise.all([worker(), worker()]);
    } finally {
        await browser.close();
    }
    const counts = {};
    for (const result of results) {
        for (const violation of result.violations) {
            counts[violation.impact] = (counts[violation.impact] || 0) + 1;
        }
    }
    fs.writeFileSync(path.join(output, 'axe.json'), JSON.stringify({ axeVersion: axe.version,
        pages: results.length, violationsByImpact: counts, results }, null, 2) + '\n');
    console.log('Screens: ' + results.length + ' pages (' + fragments.length + ' states x ' + THEMES.length
        + ' themes) in ' + Math.round((Date.now() - started) / 1000) + ' s; axe violations by impact: '
        + JSON.stringify(counts) + '; screenshots and axe.json in ' + output);
    if (failures.length) {
        console.error('Serious or critical accessibility violations, or script errors (details in axe.json):\n  '
            + failures.join('\n  '));
        process.exitCode = 1;
    }
}

main().catch(error => {
    console.error(error.message);
    process.exitCode = 1;
});
