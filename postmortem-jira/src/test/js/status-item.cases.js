'use strict';
/*
 * js/report/status-item.js: the dashboard item's AMD module, built as Jira's dashboard builds it (new Item(API,
 * options), then render or renderEdit with the item's preferences). Registered inside the single root suite of
 * browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, openPage, settle, text} = require('./harness/page');

const SCRIPT = 'js/report/status-item.js';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

/* The module as the dashboard's loader gets it, and a dashboard API that records what the item asks of it. */
async function dashboard() {
    let module = null;
    page = await openPage('<div id="item"></div>', [SCRIPT], {
        define(name, dependencies, factory) {
            module = {name, dependencies: Array.from(dependencies), factory};
        }
    });
    assert.equal(module.name, 'postmortem/dashboard/status-item');
    assert.deepEqual(module.dependencies, ['jquery']);
    const Item = module.factory(page.$);
    const calls = [];
    const api = {
        editable: true,
        isEditable() { return this.editable; },
        showLoadingBar() { calls.push('showLoadingBar'); },
        hideLoadingBar() { calls.push('hideLoadingBar'); },
        resize() { calls.push('resize'); },
        setTitle(title) { calls.push('setTitle ' + title); },
        savePreferences(preferences) { calls.push('savePreferences ' + JSON.stringify(preferences)); }
    };
    return Object.assign(page, {item: new Item(api, {}), api, calls, place: page.$('#item')});
}

async function settled() {
    for (let i = 0; i < 4; i++) {
        await settle();
    }
}

it('dashboard item: shows the three groups from the status answer and Jira\'s search', async () => {
    const page = await dashboard();

    page.item.render(page.place, {projectKey: 'OPS'});

    assert.equal(page.requests[0].url, CONTEXT_PATH + '/rest/postmortem/1.0/process-report/OPS/status');
    page.requests[0].respond(200, {projectKey: 'OPS', truncated: false,
        soaking: [{key: 'OPS-3', summary: 'Search slow', debriefHeldAt: '2026-01-07T14:00:00Z'}],
        awaitingDecision: [{key: 'OPS-1', summary: 'Checkout down', soakEndedAt: '2026-01-07T14:00:00Z', actions: 2}],
        awaitingDebriefJql: 'project = 10000 AND cf[10401] is EMPTY'});
    await settled();
    const search = page.requests[1];
    assert.equal(search.url, CONTEXT_PATH + '/rest/api/2/search?fields=summary&maxResults=5&jql='
        + encodeURIComponent('project = 10000 AND cf[10401] is EMPTY'));
    search.respond(200, {total: 7, issues: [{key: 'OPS-9', fields: {summary: 'Login slow'}}]});
    await settled();

    const groups = [...page.document.querySelectorAll('.postmortem-status-group')];
    assert.deepEqual(groups.map((group) => group.querySelector('h3').textContent), [
        text('postmortem.jira.gadget.awaitingDebrief') + ' 7', text('postmortem.jira.gadget.soaking') + ' 1',
        text('postmortem.jira.gadget.awaitingDecision') + ' 1']);
    assert.equal(groups[0].querySelector('li a').getAttribute('href'), CONTEXT_PATH + '/browse/OPS-9');
    assert.equal(groups[0].querySelector('a:not(li a)').getAttribute('href'),
        CONTEXT_PATH + '/issues/?jql=' + encodeURIComponent('project = 10000 AND cf[10401] is EMPTY'));
    assert.match(groups[2].textContent, /Checkout down/);
    assert.equal(page.document.querySelector('.postmortem-status-report').getAttribute('href'),
        CONTEXT_PATH + '/projects/OPS?selectedItem=' + encodeURIComponent('dev.postmortem.postmortem-jira:process-report-link'));
    assert.equal(page.document.querySelector('.postmortem-status-item').getAttribute('aria-busy'), 'false');
    assert.ok(page.calls.includes('showLoadingBar') && page.calls.includes('hideLoadingBar'));
});

it('dashboard item: says "None." for an empty group and shows the server\'s refusal', async () => {
    const empty = await dashboard();
    empty.item.render(empty.place, {projectKey: 'OPS'});
    empty.requests[0].respond(200, {projectKey: 'OPS', truncated: false, soaking: [], awaitingDecision: [],
        awaitingDebriefJql: null});
    await settled();
    assert.equal(empty.requests.length, 1, 'no search without a JQL');
    assert.equal(empty.document.querySelectorAll('.postmortem-status-none').length, 3);
    empty.close();

    page = await dashboard();
    page.item.render(page.place, {projectKey: 'NOPE'});
    page.requests[0].respond(404, {status: 404, errors: [{message: 'There is no project NOPE.'}]});
    await settled();
    assert.equal(page.document.querySelector('.aui-message-error').textContent, 'There is no project NOPE.');
});

it('dashboard item: without a project, the owner gets the picker and saves the chosen project', async () => {
    const page = await dashboard();

    page.item.render(page.place, {});

    assert.equal(page.requests[0].url, CONTEXT_PATH + '/rest/api/2/project');
    page.requests[0].respond(200, [{key: 'OPS', name: 'Operations'}, {key: 'PAY', name: 'Payments'}]);
    await settled();
    const select = page.document.querySelector('select[name="projectKey"]');
    assert.equal(page.document.querySelector('label').getAttribute('for'), select.id);
    select.value = 'PAY';
    page.document.querySelector('form').dispatchEvent(new page.window.Event('submit', {cancelable: true}));
    assert.ok(page.calls.includes('savePreferences {"projectKey":"PAY"}'));
});

it('dashboard item: without a project, anyone else is told that none is chosen', async () => {
    const page = await dashboard();
    page.api.editable = false;

    page.item.render(page.place, {});

    assert.equal(page.requests.length, 0);
    assert.equal(page.document.querySelector('.aui-message-info').textContent, text('postmortem.jira.gadget.noProject'));
});
