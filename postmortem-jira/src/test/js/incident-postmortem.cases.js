'use strict';
/*
 * js/incident/incident-postmortem.js: the "Create postmortem" form rendered from the proposal of
 * GET /rest/postmortem/1.0/incident/{issueKey}/postmortem and sent as JSON to its POST. Registered inside the single
 * root suite of browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, escapeHtml, openPage, settle, text} = require('./harness/page');

const SCRIPT = 'js/incident/incident-postmortem.js';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

function proposal(overrides = {}) {
    return Object.assign({
        incidentKey: 'INC-1', incidentSummary: 'Checkout returns 502', existing: null,
        proposal: {
            projects: [{key: 'PM', name: 'Postmortems'}], projectKey: 'PM', summary: 'Postmortem: Checkout returns 502',
            impactStart: '2026-11-24T09:00:00.123Z', impactEnd: null,
            participants: [{userKey: 'JIRAUSER2', displayName: 'Ada'}, {userKey: 'JIRAUSER3', displayName: 'Rui'}],
            timeline: [
                {time: '2026-11-24T09:05:00.456Z', text: 'Comment: Rolled back', actor: 'Ada', ref: 'comment:10020',
                    commentPath: '/browse/INC-1?focusedCommentId=10020#comment-10020'},
                {time: '2026-11-24T09:10:00Z', text: 'Status: Open \u2192 In Progress', actor: 'Rui',
                    ref: 'history:301:status'},
                {time: '2026-11-24T09:20:00Z', text: '<img src=x onerror="window.hacked=1">', actor: 'Ada',
                    ref: 'comment:10021'}],
            timelineTruncated: false, timelineMaxRows: 200
        }
    }, overrides);
}

async function form(data = proposal(), errors = null) {
    page = await openPage('<div class="postmortem-incident" data-proposal="' + escapeHtml(JSON.stringify(data)) + '"'
        + (errors ? ' data-errors="' + escapeHtml(JSON.stringify(errors)) + '"' : '') + '></div>', [SCRIPT]);
    return page;
}

it('incident: renders the proposal; a row left as proposed keeps its exact time, text and ref', async () => {
    const page = await form();
    const document = page.document;
    const rows = document.querySelectorAll('.postmortem-incident-row');
    assert.equal(rows.length, 3);
    assert.equal(document.querySelector('[name="projectKey"]').value, 'PM');
    assert.equal(rows[0].querySelector('a').getAttribute('href'),
        CONTEXT_PATH + '/browse/INC-1?focusedCommentId=10020#comment-10020');

    rows[1].querySelector('.postmortem-incident-text').value = 'Status: Open \u2192 In Progress (we saw it at 09:12)';
    rows[2].querySelector('.postmortem-incident-remove').click();
    document.querySelector('[name="participants"][value="JIRAUSER3"]').checked = false;
    document.querySelector('button[type="submit"]').click();

    assert.equal(page.requests.length, 1);
    const request = page.requests[0];
    assert.equal(request.method, 'POST');
    assert.equal(request.url, CONTEXT_PATH + '/rest/postmortem/1.0/incident/INC-1/postmortem');
    assert.equal(request.header('Content-Type'), 'application/json');
    const body = request.json();
    assert.equal(body.impactStart, '2026-11-24T09:00:00.123Z', 'an untouched time is sent exactly as proposed');
    assert.equal(body.impactEnd, null);
    assert.deepEqual(body.participants, ['JIRAUSER2']);
    assert.deepEqual(body.timeline, [
        {time: '2026-11-24T09:05:00.456Z', text: 'Comment: Rolled back', ref: 'comment:10020'},
        {time: '2026-11-24T09:10:00Z', text: 'Status: Open \u2192 In Progress (we saw it at 09:12)',
            ref: 'history:301:status'}]);

    request.respond(201, {key: 'PM-7', path: '/browse/PM-7', linked: true});
    await settle();
    assert.equal(page.navigations.length, 1, 'opens the new postmortem');
});

it('incident: texts from the server are shown as text, never as HTML', async () => {
    const page = await form();

    assert.equal(page.window.hacked, undefined);
    assert.equal(page.document.querySelectorAll('.postmortem-incident img').length, 0);
    assert.equal(page.document.querySelectorAll('.postmortem-incident-text')[2].value,
        '<img src=x onerror="window.hacked=1">');
});

it('incident: the server\'s errors appear next to their field and their row', async () => {
    const page = await form(proposal(), {status: 400, errors: [
        {key: 'a', message: 'Enter a summary.', field: 'summary'},
        {key: 'b', message: 'Timeline entry 2 needs a text.', field: 'timeline[1].text'},
        {key: 'c', message: 'Jira: something else', field: null}]});
    const document = page.document;

    const summaryError = document.querySelector('[data-error-for="summary"]');
    assert.equal(summaryError.textContent, 'Enter a summary.');
    assert.equal(summaryError.classList.contains('hidden'), false);
    assert.match(document.querySelector('[name="summary"]').getAttribute('aria-describedby'), new RegExp(summaryError.id));
    const rows = document.querySelectorAll('.postmortem-incident-row');
    assert.equal(rows[1].querySelector('[data-row-error]').textContent, 'Timeline entry 2 needs a text.');
    assert.equal(document.querySelector('.postmortem-incident-general').textContent, 'Jira: something else');
});

it('incident: an incident with a postmortem offers to open it and shows no form', async () => {
    const page = await form({incidentKey: 'INC-1', existing: {key: 'PM-3', path: '/browse/PM-3'}});
    const document = page.document;

    assert.equal(document.querySelector('form'), null);
    const link = document.querySelector('.postmortem-incident a');
    assert.equal(link.getAttribute('href'), CONTEXT_PATH + '/browse/PM-3');
    assert.equal(link.textContent, text('postmortem.jira.incident.dialog.existing.open').replace('{0}', 'PM-3'));
});

it('incident: a long incident says that rows were left out', async () => {
    const data = proposal();
    data.proposal.timelineTruncated = true;
    const page = await form(data);

    assert.equal(page.document.querySelector('.aui-message-warning').textContent,
        text('postmortem.jira.incident.dialog.timeline.truncated').replace('{0}', '200'));
});
