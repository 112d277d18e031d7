'use strict';
/*
 * js/account/account-panel.js: the "Personal accounts" panel (templates/jira/account/account-panel.vm). The markup
 * below follows the template's structure (its Velocity directives are rendered by AccountScreensTest in Java).
 * Registered inside the single root suite of browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, escapeHtml, openPage, settle, text} = require('./harness/page');

const SCRIPT = 'js/account/account-panel.js';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

function field(id, name, value, area = true) {
    return '<div class="field-group"><label for="' + id + '">' + name + '</label>'
        + (area ? '<textarea class="textarea" id="' + id + '" name="' + name + '">' + escapeHtml(value) + '</textarea>'
            : '<input class="text" type="text" id="' + id + '" name="' + name + '" value="' + escapeHtml(value) + '">')
        + '</div>';
}

async function panel({owner = false, participants = [], ask = false} = {}) {
    const markup = '<div class="pm-accounts" id="pm-accounts" data-issue-key="PM-60" data-occasion="1764061200000"'
        + ' data-participants="' + escapeHtml(JSON.stringify(participants)) + '">'
        + (ask ? '<button type="button" class="aui-button pm-accounts__ask">Ask</button>' : '')
        + '<div class="pm-accounts__messages" role="status"></div>'
        + '<form class="aui pm-accounts__form" data-participant-key="JIRAUSER1"><h3 class="pm-accounts__heading">Your account</h3>'
        + (owner ? '<select class="select pm-accounts__choose" id="pm-account-participant"></select>' : '')
        + field('pm-account-role', 'role', 'On call', false)
        + field('pm-account-saw', 'whatTheySawAndKnew', 'A green dashboard.')
        + field('pm-account-did', 'whatTheyDid', '')
        + field('pm-account-why', 'whyItMadeSense', '')
        + field('pm-account-helped', 'whatWouldHaveHelped', '')
        + '<div class="pm-accounts__hints"></div>'
        + '<button type="submit" class="aui-button pm-accounts__save">Save</button></form></div>';
    page = await openPage(markup, [SCRIPT]);
    const form = page.document.querySelector('form');
    return Object.assign(page, {form, control: (name) => form.elements[name]});
}

it('account panel: saves the account as JSON to the participant\'s resource and reloads', async () => {
    const page = await panel();
    page.control('whyItMadeSense').value = 'The runbook said so.';

    page.form.querySelector('.pm-accounts__save').click();

    const request = page.requests[0];
    assert.equal(request.method, 'PUT');
    assert.equal(request.url, CONTEXT_PATH + '/rest/postmortem/1.0/accounts/PM-60/JIRAUSER1');
    assert.equal(request.header('Content-Type'), 'application/json');
    assert.equal(request.credentials, 'same-origin');
    assert.deepEqual(request.json(), {role: 'On call', whatTheySawAndKnew: 'A green dashboard.', whatTheyDid: '',
        whyItMadeSense: 'The runbook said so.', whatWouldHaveHelped: ''});
    request.respond(200, {written: 1, total: 2});
    await settle();
    await settle();
    assert.equal(page.document.querySelector('.pm-accounts__messages').textContent,
        text('postmortem.jira.account.savedNow'));
    page.clock.tick(1000);
    assert.equal(page.navigations.length, 1);
    assert.deepEqual(page.errors, []);
});

it('account panel: shows the server\'s translated refusal as text and stays on the page', async () => {
    const page = await panel();

    page.form.querySelector('.pm-accounts__save').click();
    page.requests[0].respond(403, {status: 403, errors: [{key: 'postmortem.jira.account.error.notYours',
        message: '<img src=x onerror="window.pwned=1">Only the participant can write this account.'}]});
    await settle();
    await settle();

    const box = page.document.querySelector('.pm-accounts__messages');
    assert.equal(box.textContent, '<img src=x onerror="window.pwned=1">Only the participant can write this account.');
    assert.equal(box.querySelector('img'), null);
    assert.equal(page.navigations.length, 0);
});

it('account panel: the owner chooses a participant and the form shows that saved account only', async () => {
    const page = await panel({owner: true, participants: [
        {key: 'JIRAUSER1', name: 'Ana Berg', role: '', whatTheySawAndKnew: '', whatTheyDid: '', whyItMadeSense: '',
            whatWouldHaveHelped: ''},
        {key: 'JIRAUSER2', name: 'Bo Chen', role: 'DBA', whatTheySawAndKnew: 'Bo saw', whatTheyDid: 'Bo did',
            whyItMadeSense: 'Bo why', whatWouldHaveHelped: ''}]});
    const select = page.document.querySelector('.pm-accounts__choose');
    assert.deepEqual([...select.options].map((option) => option.textContent), ['Ana Berg', 'Bo Chen']);

    select.value = 'JIRAUSER2';
    select.dispatchEvent(new page.window.Event('change'));

    assert.equal(page.form.getAttribute('data-participant-key'), 'JIRAUSER2');
    assert.equal(page.control('whyItMadeSense').value, 'Bo why');
    assert.equal(page.control('role').value, 'DBA');
    assert.equal(page.form.querySelector('.pm-accounts__heading').textContent, 'Account of Bo Chen');
});

it('account panel: the owner\'s request sends the page\'s occasion, so a second click asks nothing twice', async () => {
    const page = await panel({ask: true});
    const ask = page.document.querySelector('.pm-accounts__ask');

    ask.click();

    assert.equal(page.requests[0].url, CONTEXT_PATH + '/rest/postmortem/1.0/accounts/PM-60/requests');
    assert.deepEqual(page.requests[0].json(), {occasion: 1764061200000});
    assert.equal(ask.disabled, true);
    page.requests[0].respond(200, {sent: ['Ana Berg'], alreadySent: [], failed: [], undeliverable: []});
    await settle();
    await settle();
    assert.equal(page.document.querySelector('.pm-accounts__messages').textContent,
        'Asked for their accounts: Ana Berg');
});

it('account panel: leaving a text asks the coach and shows its hints under the form', async () => {
    const page = await panel();
    const did = page.control('whatTheyDid');
    did.value = 'Bo should have paged the DBA.';

    did.dispatchEvent(new page.window.Event('blur'));

    assert.equal(page.requests[0].url, CONTEXT_PATH + '/rest/postmortem/1.0/narrative/lint');
    assert.equal(page.requests[0].json().text, 'Bo should have paged the DBA.');
    page.requests[0].respond(200, {findings: [{matchedText: 'should have', message: 'Hindsight.',
        question: 'What made sense then?'}]});
    await settle();
    await settle();
    assert.match(page.form.querySelector('.pm-accounts__hints').textContent, /whatTheyDid: “should have” – Hindsight/);
});
