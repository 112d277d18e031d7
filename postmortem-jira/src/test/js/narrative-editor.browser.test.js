'use strict';
/*
 * The narrative editor in the real browser (Chromium, AUI 9.12.6), on the edit-dialog fragment that
 * NarrativeScreensTest rendered from the real template: typing writes the JSON the form submits, sections and
 * items open and close from the keyboard without losing text, rows are added and removed, the blameless-language
 * hints appear under the field being written, and keyboard focus stays where the user is after Add and Remove. Run by run-browser-tests.js (integration-test phase of postmortem-jira).
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
        // The section is also a group named "What happened": ask for the text box.
        await page.getByRole('textbox', { name: 'What happened', exact: true })
            .fill('Checkout failed for 47 minutes.');
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
        assert.equal(await page.getByText('Participant (user key)').count(), 0, 'no user key box');
        const removeNames = await page.evaluate(() => Array.from(document.querySelectorAll('.pm-narrative-remove'))
            .map(button => button.getAttribute('aria-label') || button.textContent));
        assert.equal(new Set(removeNames).size, removeNames.length, 'each Remove button has its own name');
        await page.close();
    });

    const toggle = (page, title) => page.locator('.pm-narrative-toggle', { hasText: title });

    it('shows the narrative as an outline that opens and closes from the keyboard', async () => {
        const page = await editor('narrative-editor');
        const height = await page.locator('.pm-narrative-form').evaluate(form => form.getBoundingClientRect().height);
        assert.ok(height < 1000, 'the outline is short: ' + height + ' px');
        const timeline = toggle(page, 'Timeline');
        assert.match(await timeline.textContent(), /^Timeline — \d+ entries$/);
        assert.equal(await timeline.getAttribute('aria-expanded'), 'false');
        const region = page.locator('#' + await timeline.getAttribute('aria-controls'));
        assert.ok(await region.isHidden());

        await timeline.focus();
        await page.keyboard.press('Enter');
        assert.equal(await timeline.getAttribute('aria-expanded'), 'true');
        assert.ok(await region.isVisible());
        assert.equal(await page.evaluate(() => document.activeElement.className), 'pm-narrative-toggle');

        const edit = region.locator('.pm-narrative-edit').first();
        await edit.focus();
        await page.keyboard.press('Space');
        assert.equal(await edit.getAttribute('aria-expanded'), 'true');
        const text = page.getByLabel('What happened then', { exact: true }).first();
        await text.fill('Typed, then folded away.');
        await edit.click();
        await timeline.click();
        assert.ok(await region.isHidden());
        assert.equal((await stored(page)).timeline[0].text, 'Typed, then folded away.');
        await timeline.click();
        await edit.click();
        assert.equal(await text.inputValue(), 'Typed, then folded away.');
        await page.close();
    });

    it('shows the whole date and time (with AM/PM) in the date inputs', async () => {
        const page = await editor('narrative-editor');
        await toggle(page, 'Impact').click();
        const clipped = await page.evaluate(() => Array.from(document.querySelectorAll('input[type="datetime-local"]'))
            .filter(input => input.offsetParent !== null)
            .map(input => input.getBoundingClientRect().width));
        assert.ok(clipped.length >= 3);
        // 26ch of the input's font: room for "11/19/2026, 09:12 AM" and the picker icon.
        for (const width of clipped) {
            assert.ok(width >= 180, 'date input ' + width + ' px wide');
        }
        await page.close();
    });

    it('adds a timeline row without a made-up time and puts the focus into it', async () => {
        const page = await editor('narrative-editor');
        const before = (await stored(page)).timeline.length;
        await toggle(page, 'Timeline').click();
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
        await toggle(page, 'Timeline').click();
        await page.locator('[data-section="timeline"] .pm-narrative-remove').first().focus();
        await page.keyboard.press('Enter');
        assert.equal((await stored(page)).timeline.length, before - 1);
        const now = await page.evaluate(() => document.activeElement.closest('.pm-narrative-group')
            && document.activeElement.closest('.pm-narrative-group').querySelector('.pm-narrative-title').textContent);
        assert.equal(now, 'Timeline');
        assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
            /^Remove timeline entry 1$/);
        await page.close();
    });

    it('shows the hints under the field being written', async () => {
        const page = await editor('narrative-editor-empty');
        const summary = page.getByRole('textbox', { name: 'What happened', exact: true });
        await summary.fill('Kim should have checked the pool size.');
        const hints = page.locator('.pm-narrative-field', { has: summary }).locator('.pm-narrative-hints');
        await hints.getByText('should have').waitFor();
        assert.match(await hints.textContent(), /hindsight/);
        await page.close();
    });
});
