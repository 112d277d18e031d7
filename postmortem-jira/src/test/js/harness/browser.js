'use strict';
/*
 * Real-browser pages for the screenshot, accessibility and editor tests: Debian's Chromium driven by
 * playwright-core (never a downloaded browser), AUI 9.12.6 with its design tokens from npm, and our own CSS and
 * JS from src/main/resources. Every request of a page is answered here from local files (no network): the page
 * lives at https://jira.example.com/, AUI under /aui/, our resources under /download/, and REST calls go to
 * the handler a test gives.
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { readProperties } = require('./properties');

const ORIGIN = 'https://jira.example.com';
const AUI_DIST = path.join(path.dirname(require.resolve('@atlassian/aui/package.json')), 'dist', 'aui');
const CORE = path.resolve(__dirname, '..', '..', '..', '..', '..', 'postmortem-core');
/* Jira 11 and Confluence 10 ship jQuery 3; AUI expects it as a global. */
const JQUERY = require.resolve('jquery/dist/jquery.js');
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const THEMES = ['light', 'dark'];

/* The Chromium to drive: $POSTMORTEM_CHROMIUM or Debian's. Missing is an error, never a reason to skip. */
function chromiumPath() {
    const executable = process.env.POSTMORTEM_CHROMIUM || DEFAULT_CHROMIUM;
    if (!fs.existsSync(executable)) {
        throw new Error('Chromium was not found at ' + executable + '. The screenshot, accessibility and editor '
            + 'tests of the build need it: install Debian\'s chromium package (apt-get install -y chromium; .ci/run '
            + 'does this), or set POSTMORTEM_CHROMIUM to another Chromium, or build without tests: '
            + 'mvn -B -DskipTests package');
    }
    return executable;
}

function launch() {
    return chromium.launch({ executablePath: chromiumPath(), args: ARGS, headless: true });
}

/* The i18n texts a page's scripts get through AJS.I18n (what the jsI18n transformer inlines), by language. */
function bundles(moduleDir, language) {
    const suffix = language === 'en' ? '' : '_' + language;
    const own = fs.readdirSync(path.join(moduleDir, 'src', 'main', 'resources', 'i18n'))
        .filter(name => name.endsWith(suffix + '.properties') && (suffix || !/_[a-z]{2}\.properties$/.test(name)));
    const texts = readProperties(path.join(CORE, 'src', 'main', 'resources', 'i18n',
        'postmortem-core' + suffix + '.properties'));
    for (const name of own) {
        Object.assign(texts, readProperties(path.join(moduleDir, 'src', 'main', 'resources', 'i18n', name)));
    }
    return texts;
}

function escapeHtml(value) {
    return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/* A screen fragment written by a *ScreensTest: its header (width, resources) and its markup. */
function readFragment(file) {
    const source = fs.readFileSync(file, 'utf8');
    const header = /^<!-- screen (\{.*\}) -->\n/.exec(source);
    if (!header) {
        throw new Error(file + ' does not start with a <!-- screen {...} --> header');
    }
    const name = path.basename(file, '.html');
    const dot = name.lastIndexOf('.');
    return { state: name.slice(0, dot), language: name.slice(dot + 1), ...JSON.parse(header[1]),
        html: source.slice(header[0].length) };
}

/*
 * The page around a fragment, as Jira 11 / Confluence 10 serve it: AUI's CSS with the design-token themes
 * (html[data-color-mode][data-theme]), AUI's JS, the i18n texts, then our resources.
 */
function shell(fragment, theme, texts) {
    const css = fragment.resources.filter(name => name.endsWith('.css'));
    const js = fragment.resources.filter(name => name.endsWith('.js'));
    return '<!DOCTYPE html>\n'
        + '<html lang="' + fragment.language + '" data-color-mode="' + theme + '" data-theme="dark:dark light:light '
        + 'spacing:spacing typography:typography">\n<head>\n<meta charset="utf-8">\n'
        + '<title>' + escapeHtml(fragment.state) + '</title>\n'
        + '<link rel="stylesheet" href="/aui/aui-prototyping.css">\n'
        + '<link rel="stylesheet" href="/aui/aui-prototyping-design-tokens-base-themes-css.css">\n'
        + '<link rel="stylesheet" href="/aui/aui-prototyping-design-tokens-compatibility.css">\n'
        + css.map(name => '<link rel="stylesheet" href="/download/' + name + '">\n').join('')
        + '<style>body{margin:0;background:var(--ds-surface,#fff);color:var(--ds-text,#172b4d)}'
        + '#screen{box-sizing:border-box;padding:16px}</style>\n'
        + '</head>\n<body>\n<main id="screen" style="width:' + fragment.width + 'px">\n' + fragment.html
        + '\n</main>\n<script>window.AJS = {contextPath: function () { return ""; }};</script>\n<script src="/jquery/jquery.js"></script>\n<script src="/aui/aui-prototyping.js"></script>\n'
        + '<script>AJS.I18n.keys = ' + JSON.stringify(texts).replace(/</g, '\\u003c') + ';'
        + '</script>\n'
        + js.map(name => '<script src="/download/' + name + '"></script>\n').join('')
        + '</body>\n</html>\n';
}

const TYPES = { '.css': 'text/css', '.js': 'application/javascript', '.html': 'text/html', '.png': 'image/png',
    '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2', '.gif': 'image/gif' };

function file(status, location) {
    return { status, contentType: TYPES[path.extname(location)] || 'application/octet-stream',
        body: fs.readFileSync(location) };
}

/*
 * Opens a fragment in a new page of `browser`. `rest(request)` answers /rest/ calls ({status, json}); without
 * it they fail with 503. Resolves when the page and its scripts have loaded.
 */
async function open(browser, moduleDir, fragment, theme, rest) {
    const page = await browser.newPage({ viewport: { width: fragment.width, height: 600 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    const html = shell(fragment, theme, bundles(moduleDir, fragment.language));
    await page.route('**/*', async route => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) {
            return route.abort();
        }
        const resources = [path.join(moduleDir, 'src', 'main', 'resources'), path.join(CORE, 'src', 'main', 'resources'),
            path.join(moduleDir, 'src', 'test', 'js', 'hosts')];
        if (url.pathname === '/screen') {
            return route.fulfill({ status: 200, contentType: 'text/html', body: html });
        }
        if (url.pathname === '/jquery/jquery.js') {
            return route.fulfill(file(200, JQUERY));
        }
        if (url.pathname.startsWith('/aui/')) {
            const location = path.join(AUI_DIST, decodeURIComponent(url.pathname.slice('/aui/'.length)));
            if (location.startsWith(AUI_DIST) && fs.existsSync(location)) {
                return route.fulfill(file(200, location));
            }
        }
        if (url.pathname.startsWith('/download/')) {
            const relative = decodeURIComponent(url.pathname.slice('/download/'.length));
            const location = resources.map(root => path.join(root, relative)).find(candidate => fs.existsSync(candidate));
            if (location) {
                return route.fulfill(file(200, location));
            }
        }
        if (url.pathname.startsWith('/rest/')) {
            const answer = rest ? await rest(route.request()) : null;
            return route.fulfill(answer
                ? { status: answer.status || 200, contentType: 'application/json', body: JSON.stringify(answer.json) }
                : { status: 503, contentType: 'application/json', body: '{}' });
        }
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
    await page.goto(ORIGIN + '/screen', { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    page.scriptErrors = errors;
    return page;
}

module.exports = { THEMES, chromiumPath, launch, readFragment, open, bundles };
