'use strict';
/*
 * js/report/process-report.js: the process report page (templates/jira/report/process-report.vm) reading
 * GET /rest/postmortem/1.0/process-report/{key}. jsdom draws no canvas and has no Chart.js here, so these tests
 * look at what everyone and screen readers get: the request, the messages, the field errors and the tables (the
 * charts themselves are in the screenshot run). Registered inside the single root suite of browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, openPage, renderTemplate, settle, text} = require('./harness/page');

const SCRIPT = 'js/report/process-report.js';
const TEMPLATE = 'templates/jira/report/process-report.vm';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

async function reportPage() {
    const inner = renderTemplate(TEMPLATE, '<form class="aui postmortem-report-period"',
        '</table>\n        </div>\n    </div>', {'$report.defaultFrom': '2025-11-03', '$report.defaultTo': '2026-01-31'});
    page = await openPage('<section id="postmortem-process-report" data-project-key="OPS" data-default-from="2025-11-03"'
        + ' data-default-to="2026-01-31">' + inner + '</section>', [SCRIPT]);
    page.body = page.document.querySelector('.postmortem-report-body');
    return page;
}

const DATA = {
    projectKey: 'OPS', from: '2026-01-01', to: '2026-01-31', limit: 500, truncated: false,
    postmortems: [{key: 'OPS-1', debriefHeldAt: '2026-01-05T14:00:00Z', soakEndedAt: '2026-01-07T14:00:00Z',
        firstCommitAt: '2026-01-07T16:00:00Z', hoursToFirstCommit: 50, soakHours: 48, proposed: 4, committed: 2,
        dropped: 1, undecided: 1, overrides: 0, failureClass: 'CONTROLLABLE'}],
    actions: {proposed: 4, committed: 2, dropped: 1, undecided: 1},
    overridesByMonth: [{month: '2026-01', overrides: 0}],
    failureClasses: [{failureClass: 'CONTROLLABLE', postmortems: 1}, {failureClass: null, postmortems: 0}]
};

it('process report: reads the default period as the viewer, links the CSV of the same period', async () => {
    const page = await reportPage();

    assert.equal(page.requests.length, 1);
    const request = page.requests[0];
    assert.equal(request.url, CONTEXT_PATH + '/rest/postmortem/1.0/process-report/OPS?from=2025-11-03&to=2026-01-31');
    assert.equal(request.credentials, 'same-origin');
    assert.equal(page.document.querySelector('.postmortem-report-csv').getAttribute('href'),
        CONTEXT_PATH + '/rest/postmortem/1.0/process-report/OPS/csv?from=2025-11-03&to=2026-01-31');
    assert.equal(page.body.getAttribute('aria-busy'), 'true', 'busy until the answer is drawn');
});

it('process report: fills the rows table and each chart\'s table for screen readers', async () => {
    const page = await reportPage();

    page.requests[0].respond(200, DATA);
    await settle();
    await settle();

    assert.equal(page.body.getAttribute('aria-busy'), 'false');
    const rows = page.document.querySelectorAll('.postmortem-report-rows tbody tr');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].querySelector('a').getAttribute('href'), CONTEXT_PATH + '/browse/OPS-1');
    assert.match(rows[0].textContent, /Controllable or detectable/);
    const decisions = [...page.document.querySelectorAll('[data-chart-table="decisions"] tbody tr')]
        .map((row) => [...row.children].map((cell) => cell.textContent));
    assert.deepEqual(decisions.map((cells) => cells.slice(0, 2)), [[text('postmortem.jira.report.col.proposed'), '4'],
        [text('postmortem.jira.report.col.committed'), '2'], [text('postmortem.jira.report.col.dropped'), '1'],
        [text('postmortem.jira.report.col.undecided'), '1']]);
    assert.equal(page.document.querySelector('[data-chart-table="decisions"] tbody th').getAttribute('scope'), 'row');
    assert.equal(page.document.querySelectorAll('[data-chart-table="failureClasses"] tbody tr').length, 2);
    assert.equal(page.document.querySelector('.postmortem-report-charts').classList.contains('hidden'), false);
    assert.equal(page.document.querySelector('.postmortem-report-messages').children.length, 0);
});

it('process report: says when the period had no postmortem, and when the report is truncated', async () => {
    const empty = await reportPage();
    empty.requests[0].respond(200, {...DATA, postmortems: []});
    await settle();
    await settle();
    assert.match(empty.document.querySelector('.postmortem-report-messages .aui-message-info').textContent,
        /between 2026-01-01 and 2026-01-31/);
    assert.equal(empty.document.querySelector('.postmortem-report-charts').classList.contains('hidden'), true);
    empty.close();

    page = await reportPage();
    page.requests[0].respond(200, {...DATA, truncated: true});
    await settle();
    await settle();
    assert.match(page.document.querySelector('.postmortem-report-messages .aui-message-warning').textContent,
        /Only the 500 most recently debriefed/);
});

it('process report: puts the server\'s translated period errors under their fields', async () => {
    const page = await reportPage();

    page.requests[0].respond(400, {status: 400, errors: [
        {key: 'postmortem.jira.process.rest.rangeReversed', message: 'The period ends before it starts.', field: 'to'}]});
    await settle();
    await settle();

    const to = page.document.querySelector('input[name="to"]');
    assert.equal(to.getAttribute('aria-invalid'), 'true');
    assert.equal(page.document.querySelector('.error[data-field="to"]').textContent, 'The period ends before it starts.');
    assert.equal(to.getAttribute('aria-describedby'), 'postmortem-report-to-error');
    assert.equal(page.document.querySelector('input[name="from"]').getAttribute('aria-invalid'), null);
    assert.match(page.document.querySelector('.aui-message-error').textContent, new RegExp(text('postmortem.jira.report.periodInvalid')));
    assert.equal(page.document.querySelector('.postmortem-report-csv').classList.contains('hidden'), true);
    assert.equal(page.body.getAttribute('aria-busy'), 'false');
});

it('process report: a network failure says the report could not be loaded', async () => {
    const page = await reportPage();

    page.requests[0].networkError();
    await settle();
    await settle();

    assert.equal(page.document.querySelector('.aui-message-error').textContent, text('postmortem.jira.report.failed'));
    assert.equal(page.body.getAttribute('aria-busy'), 'false');
});
