'use strict';
/*
 * js/settings/project-settings.js: Project settings → Postmortem (templates/jira/settings/project-settings.vm). The
 * markup below has the template's classes, ids and names. Registered inside the single root suite of
 * browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {openPage} = require('./harness/page');

const SCRIPT = 'js/settings/project-settings.js';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

function form(mode, holidays = '') {
    const radio = (value) => '<input class="radio" type="radio" name="soakMode" value="' + value + '"'
        + (value === mode ? ' checked' : '') + '>';
    return '<form class="aui postmortem-settings-form">'
        + radio('SITE_DEFAULT') + radio('HOURS') + radio('BUSINESS_DAYS')
        + '<div class="postmortem-settings-mode" data-when="HOURS"><input name="hours"></div>'
        + '<div class="postmortem-settings-mode" data-when="BUSINESS_DAYS">'
        + '<textarea id="postmortem-holidays" name="holidays">' + holidays + '</textarea>'
        + '<input class="text aui-date-picker" type="date" id="postmortem-holiday-pick">'
        + '<button class="aui-button postmortem-settings-holiday-add" type="button">Add</button>'
        + '</div></form>';
}

async function settings(mode, holidays, beforeScript) {
    page = await openPage(form(mode, holidays), []);
    if (beforeScript) {
        beforeScript(page.window);
    }
    page.window.eval(require('./harness/page').resource(SCRIPT));
    const document = page.document;
    return Object.assign(page, {
        group: (when) => document.querySelector('.postmortem-settings-mode[data-when="' + when + '"]'),
        choose(value) {
            const radio = document.querySelector('input[name="soakMode"][value="' + value + '"]');
            radio.checked = true;
            radio.dispatchEvent(new page.window.Event('change', {bubbles: true}));
        },
        pick: document.getElementById('postmortem-holiday-pick'),
        holidays: document.getElementById('postmortem-holidays'),
        add: document.querySelector('.postmortem-settings-holiday-add')
    });
}

it('project settings: only the fields of the chosen way of counting the soak show', async () => {
    const p = await settings('SITE_DEFAULT');
    assert.equal(p.group('HOURS').hidden, true);
    assert.equal(p.group('BUSINESS_DAYS').hidden, true);

    p.choose('BUSINESS_DAYS');
    assert.equal(p.group('HOURS').hidden, true);
    assert.equal(p.group('BUSINESS_DAYS').hidden, false);

    p.choose('HOURS');
    assert.equal(p.group('HOURS').hidden, false);
    assert.equal(p.group('BUSINESS_DAYS').hidden, true);
    assert.deepEqual(p.errors, []);
});

it('project settings: a picked holiday joins the list sorted, once, and the picker empties', async () => {
    const p = await settings('BUSINESS_DAYS', '2026-12-31\n2026-12-24');

    p.pick.value = '2026-12-25';
    p.add.click();
    assert.equal(p.holidays.value, '2026-12-24\n2026-12-25\n2026-12-31');
    assert.equal(p.pick.value, '');

    p.pick.value = '2026-12-24';
    p.add.click();
    assert.equal(p.holidays.value, '2026-12-24\n2026-12-25\n2026-12-31', 'a date already listed is not added twice');
});

it('project settings: without a valid date, Add changes nothing and returns to the picker', async () => {
    const p = await settings('BUSINESS_DAYS', '2026-12-24');

    p.pick.value = '';
    p.add.click();

    assert.equal(p.holidays.value, '2026-12-24');
    assert.equal(p.document.activeElement, p.pick);
});

it('project settings: AUI\'s date picker takes the field and the field is a combobox for assistive technology',
    async () => {
        const calls = [];
        const p = await settings('BUSINESS_DAYS', '', (window) => {
            window.AJS.DatePicker = (element, options) => calls.push({element, options});
        });

        assert.equal(calls.length, 1);
        assert.equal(calls[0].element, p.pick);
        assert.equal(calls[0].options.overrideBrowserDefault, true, 'AUI\'s picker, not the browser\'s');
        assert.equal(p.pick.getAttribute('role'), 'combobox');
    });
