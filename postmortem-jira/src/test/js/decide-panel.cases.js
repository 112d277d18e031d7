'use strict';
/*
 * js/decision/decide-panel.js: the decision after the soak (templates/jira/decision/decide-panel.vm), sent as
 * JSON to POST /rest/postmortem/1.0/decision/{postmortemKey}. The markup below is the template's for an owner
 * (DecidePanelScreensTest renders the real one). Registered inside the single root suite of browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, escapeHtml, openPage, settle, text} = require('./harness/page');

const SCRIPT = 'js/decision/decide-panel.js';

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

function row(id, key, summary) {
    return '<tr class="pm-decide-row" data-action-id="' + id + '" data-action-key="' + key + '">'
        + '<td class="pm-decide__select"><input type="checkbox" class="checkbox pm-decide-select" aria-label="Select '
        + key + '"></td>'
        + '<td><a href="https://jira.example.com/browse/' + key + '">' + key + '</a> ' + escapeHtml(summary) + '</td>'
        + '<td>Jürgen Weiß</td><td><em>Unassigned</em></td>'
        + '<td class="pm-decide__choice"><fieldset class="group"><legend class="assistive">Decision for ' + key
        + '</legend>'
        + ['COMMIT', 'DROP', 'KEEP'].map((choice) => '<div class="radio"><input class="radio" type="radio" name="choice-'
            + id + '" id="pm-decide-' + choice + '-' + id + '" value="' + choice + '"' + (choice === 'KEEP' ? ' checked' : '')
            + '><label for="pm-decide-' + choice + '-' + id + '">' + choice + '</label></div>').join('')
        + '</fieldset><div class="pm-decide-reason hidden"><label for="pm-decide-reason-' + id + '">Reason</label>'
        + '<textarea class="textarea" id="pm-decide-reason-' + id + '" name="reason-' + id + '" maxlength="500"></textarea>'
        + '</div><div class="pm-decide-row-error error hidden" role="alert"></div></td></tr>';
}

async function panel() {
    const markup = '<div class="pm-decide" data-postmortem-key="INC-42"'
        + ' data-failed-text="' + escapeHtml(text('postmortem.jira.decision.panel.failed')) + '"'
        + ' data-reason-text="' + escapeHtml(text('postmortem.decision.reason.required')) + '"'
        + ' data-nothing-text="' + escapeHtml(text('postmortem.jira.decision.panel.nothingChosen')) + '"'
        + ' data-select-text="' + escapeHtml(text('postmortem.jira.decision.panel.selectFirst')) + '"'
        + ' data-applied-text="' + escapeHtml(text('postmortem.jira.decision.panel.applied')) + '">'
        + '<form class="aui pm-decide-form" novalidate><table class="aui pm-decide-table"><thead><tr>'
        + '<th><input type="checkbox" class="checkbox pm-decide-select-all" aria-label="Select all"></th>'
        + '<th>Action</th><th>Proposed by</th><th>Assignee</th><th>Decision</th></tr></thead><tbody>'
        + row(105, 'ACT-5', 'Page the DB owner') + row(106, 'ACT-6', 'Review twice') + row(107, 'ACT-7', 'Rename it')
        + '</tbody></table><div class="pm-decide-bulk">'
        + ['COMMIT', 'DROP', 'KEEP'].map((choice) => '<button class="aui-button pm-decide-bulk-choice" type="button"'
            + ' data-choice="' + choice + '">' + choice + '</button>').join('')
        + '<div class="pm-decide-bulk-reason"><label for="bulk">Reason</label>'
        + '<textarea class="textarea" id="bulk"></textarea></div></div>'
        + '<div class="pm-decide-error aui-message aui-message-error hidden" role="alert"></div>'
        + '<div class="buttons-container"><div class="buttons"><button class="aui-button aui-button-primary pm-decide-submit"'
        + ' type="submit">Apply</button></div></div></form></div>';
    page = await openPage(markup, [SCRIPT]);
    const document = page.document;
    const rowOf = (id) => document.querySelector('tr[data-action-id="' + id + '"]');
    return Object.assign(page, {
        rowOf,
        choose(id, choice) {
            const radio = rowOf(id).querySelector('input[value="' + choice + '"]');
            radio.checked = true;
            radio.dispatchEvent(new page.window.Event('change', {bubbles: true}));
        },
        reason(id) {
            return rowOf(id).querySelector('textarea');
        },
        rowError(id) {
            return rowOf(id).querySelector('.pm-decide-row-error');
        },
        formError: document.querySelector('.pm-decide-error'),
        submitButton: document.querySelector('.pm-decide-submit'),
        select(...ids) {
            ids.forEach((id) => {
                rowOf(id).querySelector('.pm-decide-select').checked = true;
            });
        },
        bulk(choice) {
            document.querySelector('.pm-decide-bulk-choice[data-choice="' + choice + '"]').click();
        },
        submit() {
            this.submitButton.click();
        }
    });
}

it('decide panel: choosing drop shows a required reason; keep hides it again', async () => {
    const page = await panel();
    assert.equal(page.rowOf(105).querySelector('.pm-decide-reason').classList.contains('hidden'), true);

    page.choose(105, 'DROP');
    assert.equal(page.rowOf(105).querySelector('.pm-decide-reason').classList.contains('hidden'), false);
    assert.equal(page.reason(105).required, true);

    page.choose(105, 'KEEP');
    assert.equal(page.rowOf(105).querySelector('.pm-decide-reason').classList.contains('hidden'), true);
    assert.equal(page.reason(105).required, false);
    assert.deepEqual(page.errors, []);
});

it('decide panel: sends the commits and drops as JSON, leaves kept actions out, and reloads when all applied', async () => {
    const page = await panel();
    page.choose(105, 'COMMIT');
    page.choose(106, 'DROP');
    page.reason(106).value = '  Covered by ACT-2 <b>alert</b>  ';

    page.submit();

    assert.equal(page.requests.length, 1);
    const request = page.requests[0];
    assert.equal(request.method, 'POST');
    assert.equal(request.url, CONTEXT_PATH + '/rest/postmortem/1.0/decision/INC-42');
    assert.equal(request.header('Content-Type'), 'application/json');
    assert.equal(request.header('Accept'), 'application/json');
    assert.equal(request.credentials, 'same-origin');
    assert.deepEqual(request.json(), {decisions: [{actionId: 105, choice: 'COMMIT'},
        {actionId: 106, choice: 'DROP', reason: 'Covered by ACT-2 <b>alert</b>'}]});
    assert.equal(page.submitButton.disabled, true, 'no second submission while the first is under way');

    request.respond(200, {results: [{actionId: 105, choice: 'COMMIT', applied: true},
        {actionId: 106, choice: 'DROP', applied: true}]});
    await settle();

    assert.equal(page.navigations.length, 1, 'the page reloads, so the states are current');
    assert.deepEqual(page.errors, []);
});

it('decide panel: a drop without a reason is refused in place and nothing is sent', async () => {
    const page = await panel();
    page.choose(105, 'COMMIT');
    page.choose(106, 'DROP');
    page.reason(106).value = '   ';

    page.submit();

    assert.equal(page.requests.length, 0);
    assert.equal(page.rowError(106).textContent, text('postmortem.decision.reason.required'));
    assert.equal(page.rowError(106).classList.contains('hidden'), false);
    assert.equal(page.reason(106).getAttribute('aria-invalid'), 'true');
    assert.equal(page.rowOf(105).querySelector('input[value="COMMIT"]').checked, true, 'the other choice stays');
});

it('decide panel: with only "keep proposed" chosen nothing is sent and the panel says why', async () => {
    const page = await panel();

    page.submit();

    assert.equal(page.requests.length, 0);
    assert.equal(page.formError.textContent, text('postmortem.jira.decision.panel.nothingChosen'));
});

it('decide panel: bulk drop sets the selected rows and gives each the one reason, never over a typed one', async () => {
    const page = await panel();
    page.document.querySelector('.pm-decide-bulk-reason textarea').value = 'Not worth it after the soak';
    page.bulk('DROP');
    assert.equal(page.formError.textContent, text('postmortem.jira.decision.panel.selectFirst'),
        'nothing selected yet');

    page.select(105, 106, 107);
    page.reason(107).value = 'Its own reason';
    page.bulk('DROP');

    for (const id of [105, 106, 107]) {
        assert.equal(page.rowOf(id).querySelector('input[value="DROP"]').checked, true);
        assert.equal(page.rowOf(id).querySelector('.pm-decide-reason').classList.contains('hidden'), false);
    }
    assert.equal(page.reason(105).value, 'Not worth it after the soak');
    assert.equal(page.reason(107).value, 'Its own reason');
    assert.equal(page.formError.classList.contains('hidden'), true);

    page.select(105);
    page.rowOf(106).querySelector('.pm-decide-select').checked = false;
    page.rowOf(107).querySelector('.pm-decide-select').checked = false;
    page.bulk('COMMIT');
    assert.equal(page.rowOf(105).querySelector('input[value="COMMIT"]').checked, true);
    assert.equal(page.rowOf(106).querySelector('input[value="DROP"]').checked, true, 'unselected rows unchanged');
});

it('decide panel: select all selects every row', async () => {
    const page = await panel();
    const all = page.document.querySelector('.pm-decide-select-all');
    all.checked = true;
    all.dispatchEvent(new page.window.Event('change', {bubbles: true}));

    assert.equal(page.document.querySelectorAll('.pm-decide-select:checked').length, 3);
});

it('decide panel: refusals show per action as text, typed reasons stay, and a retry sends only what is left', async () => {
    const page = await panel();
    page.choose(105, 'COMMIT');
    page.choose(106, 'DROP');
    page.reason(106).value = 'Too costly';

    page.submit();
    page.requests[0].respond(200, {results: [{actionId: 105, choice: 'COMMIT', applied: true},
        {actionId: 106, choice: 'DROP', applied: false, messageKey: 'postmortem.jira.decision.problem.refusedByJira',
            message: '<img src=x onerror="window.pwned=1">Jira did not change ACT-6: no permission.'}]});
    await settle();

    assert.equal(page.navigations.length, 0, 'no reload: the refusal must stay readable');
    assert.equal(page.rowError(106).textContent,
        '<img src=x onerror="window.pwned=1">Jira did not change ACT-6: no permission.');
    assert.equal(page.rowError(106).querySelector('img'), null, 'messages are text, never markup');
    assert.equal(page.window.pwned, undefined);
    assert.equal(page.reason(106).value, 'Too costly', 'nothing typed is lost');
    assert.equal(page.rowError(105).textContent, text('postmortem.jira.decision.panel.applied'));
    assert.equal(page.rowOf(105).querySelector('input[value="COMMIT"]').disabled, true);
    assert.equal(page.submitButton.disabled, false);

    page.submit();
    assert.deepEqual(page.requests[1].json(), {decisions: [{actionId: 106, choice: 'DROP', reason: 'Too costly'}]});
});

it('decide panel: a 400 puts each problem next to its action; other errors and network failures above', async () => {
    const page = await panel();
    page.choose(105, 'COMMIT');
    page.choose(107, 'DROP');
    page.reason(107).value = 'x'.repeat(10);

    page.submit();
    page.requests[0].respond(400, {status: 400, errors: [{key: 'postmortem.decision.reason.controlCharacter',
        message: 'Der Grund enthält ein Steuerzeichen (U+0007).', field: 'decisions[1].reason'}]});
    await settle();

    assert.equal(page.rowError(107).textContent, 'Der Grund enthält ein Steuerzeichen (U+0007).');
    assert.equal(page.rowError(105).classList.contains('hidden'), true);
    assert.equal(page.formError.classList.contains('hidden'), true);
    assert.equal(page.reason(107).value, 'x'.repeat(10));

    page.submit();
    page.requests[1].respond(403, {status: 403, errors: [{key: 'k', message: 'Jira did not change ACT-5: no.',
        field: 'decisions'}]});
    await settle();
    assert.equal(page.formError.textContent, 'Jira did not change ACT-5: no.');

    page.submit();
    page.requests[2].networkError();
    await settle();
    assert.equal(page.formError.textContent, text('postmortem.jira.decision.panel.failed'));
    assert.equal(page.submitButton.disabled, false);
    assert.equal(page.navigations.length, 0);
    assert.deepEqual(page.errors, []);
});
