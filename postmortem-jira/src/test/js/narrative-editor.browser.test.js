'use strict';
/*
 * The narrative editor in the real browser (Chromium, AUI 9.12.6), on the edit-dialog fragment that
 * NarrativeScreensTest rendered from the real template: typing writes the JSON the form submits, rows are added
 * and removed, the blameless-language hints appear under the field being written, and keyboard focus stays where
 * the user is after Add and Remove. Run by run-browser-tests.js (integration-test phase of postmortem-jira).
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { launch, readFragment, open } = require('./harness/browser');
const { lintStub } = require('./harness/lint-stub');

const MODULE = process.env.POSTMORTEM_MODULE || path.resolve(__dirname, '..', '..', '..');
const SCREENS = path.join(MODULE, 'target', 'screens');

describe('narrative editor in Chromium', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => {
        await browser.close();
    });

    async function editor(state) {
        const page = await open(browser, MODULE, readFragment(path.join(SCREENS, state + '.en.html')), 'light',
            lintStub(MODULE, 'en'));
        await page.waitForSelector('.pm-narrative-form');
        return page;
    }

    const stored = page => page.evaluate(() => {
        const value = document.querySelector('textarea.pm-narrative-json').value;
        return value ? JSON.parse(value) : null;
    });
    const focused = page => page.evaluate(() => {
        const active = document.activeElement;
        const label = active && active.id ? document.querySelector('label[for="' + active.id + '"]') : null;
        return { tag: active.tagName, label: label ? label.textContent : active.getAttribute('aria-label') || active.textContent };
    });

    it('writes what is typed into the JSON the form submits', async () => {
        const page = await editor('narrative-editor-empty');
        await page.getByLabel('What happened', { exact: true }).fill('Checkout failed for 47 minutes.');
        assert.equal((await stored(page)).summary, 'Checkout failed for 47 minutes.');
        await page.close();
    });

    it('ties every label to its field and shows the section titles', async () => {
        const page = await editor('narrative-editor');
        const unlabelled = await page.evaluate(() => Array.from(
            document.querySelectorAll('.pm-narrative-form input, .pm-narrative-form textarea, .pm-narrative-form select'))
            .filter(control => !control.id || !document.querySelector('label[for="' + control.id + '"]')).length);
        assert.equal(unlabelled, 0);
        assert.ok(await page.getByText('Timeline', { exact: true }).first().isVisible());
        const removeNames = await page.evaluate(() => Array.from(document.querySelectorAll('.pm-narrative-remove'))
            .map(button => button.getAttribute('aria-label') || button.textContent));
        assert.equal(new Set(removeNames).size, removeNames.length, 'each Remove button has its own name');
        await page.close();
    });

    it('adds a timeline row without a made-up time and puts the focus into it', async () => {
        const page = await editor('narrative-editor');
        const before = (await stored(page)).timeline.length;
        await page.locator('.pm-narrative-add').first().focus();
        await page.keyboard.press('Enter');
        const timeline = (await stored(page)).timeline;
        assert.equal(timeline.length, before + 1);
        assert.equal(timeline[before].time, undefined, 'a new row does not default to now');
        const now = await focused(page);
        assert.equal(now.tag, 'INPUT');
        assert.match(now.label, /^Time/);
        await page.close();
    });

    it('removes a row and keeps the focus in its section', async () => {
        const page = await editor('narrative-editor');
        const before = (await stored(page)).timeline.length;
        await page.locator('.pm-narrative-group').nth(1).locator('.pm-narrative-remove').first().focus();
        await page.keyboard.press('Enter');
        assert.equal((await stored(page)).timeline.length, before - 1);
        const now = await page.evaluate(() => document.activeElement.closest('.pm-narrative-group')
            && document.activeElement.closest('.pm-narrative-group').querySelector('legend').textContent);
        assert.equal(now, 'Timeline');
        await page.close();
    });

    it('shows the hints under the field being written', async () => {
        const page = await editor('narrative-editor-empty');
        const summary = page.getByLabel('What happened', { exact: true });
        await summary.fill('Kim should have checked the pool size.');
        const hints = page.locator('.pm-narrative-field', { has: summary }).locator('.pm-narrative-hints');
        await hints.getByText('should have').waitFor();
        assert.match(await hints.textContent(), /hindsight/);
        await page.close();
    });
});
