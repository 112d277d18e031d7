'use strict';
/*
 * js/narrative/narrative-editor.js: the structured editor of the "Debrief narrative" field, on the markup of
 * templates/jira/customfield/narrative-edit.vm. Registered inside the single root suite of browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, narrativeField, openPage, resource, text} = require('./harness/page');

const SCRIPT = 'js/narrative/narrative-editor.js';
const LINT_URL = CONTEXT_PATH + '/rest/postmortem/1.0/narrative/lint';
const LINT_DELAY_MS = 600;
const HOSTILE = '<img src=x onerror="window.pwned=1">';

const label = {
    summary: text('postmortem.jira.narrative.path.summary'),
    start: text('postmortem.jira.narrative.path.start') + ' (' + text('postmortem.jira.narrative.editor.localTime') + ')',
    detectedAt: text('postmortem.jira.narrative.path.detectedAt') + ' ('
        + text('postmortem.jira.narrative.editor.localTime') + ')',
    severity: text('postmortem.jira.narrative.path.severity'),
    description: text('postmortem.jira.narrative.path.description'),
    time: text('postmortem.jira.narrative.path.time') + ' (' + text('postmortem.jira.narrative.editor.localTime') + ')',
    entryText: text('postmortem.jira.narrative.path.text'),
    displayName: text('postmortem.jira.narrative.path.participantDisplayName'),
    role: text('postmortem.jira.narrative.path.role'),
    saw: text('postmortem.jira.narrative.path.whatTheySawAndKnew'),
    did: text('postmortem.jira.narrative.path.whatTheyDid'),
    helped: text('postmortem.jira.narrative.path.whatWouldHaveHelped'),
    why: text('postmortem.jira.narrative.path.whyItMadeSense'),
    factor: (n) => text('postmortem.jira.narrative.editor.factor') + ' ' + n,
    learned: text('postmortem.jira.narrative.path.whatWeLearned'),
    failureClass: text('postmortem.jira.narrative.path.failureClass')
};

/* A narrative as the server stores it, plus fields the form does not know (kept as they are). */
function stored() {
    return {
        version: 1,
        summary: 'Checkout failed for 40 minutes after deploy 41.',
        impact: {
            start: '2026-03-02T09:15:00Z',
            end: '2026-03-02T09:55:00Z',
            detectedAt: '2026-03-02T09:20:00Z',
            severity: 'SEV-2',
            description: 'Orders in the EU could not be paid.',
            regions: ['eu-west-1']
        },
        timeline: [
            {time: '2026-03-02T09:15:00Z', text: 'Deploy 41 rolled out.', authorUserKey: 'JIRAUSER10001'},
            {time: '2026-03-02T09:20:00Z', text: 'Error-rate alert fired.'},
            {time: '2026-03-02T09:50:00Z', text: 'Deploy 41 rolled back.'}
        ],
        accounts: [
            {
                participantUserKey: 'JIRAUSER10001', participantDisplayName: 'Alice Example', role: 'On-call',
                whatTheySawAndKnew: 'The dashboards were green.', whatTheyDid: 'Rolled the deploy back.',
                whyItMadeSense: 'The runbook says to roll back first.', pronouns: 'she/her'
            },
            {
                participantUserKey: 'JIRAUSER10002', participantDisplayName: 'Bob Example', role: 'Release manager',
                whatTheySawAndKnew: 'Canary was skipped.', whatTheyDid: 'Approved the deploy.',
                whyItMadeSense: 'The change looked like a config-only change.'
            }
        ],
        contributingFactors: ['No canary for config changes.', 'Alert threshold too high.'],
        whatWeLearned: 'Config changes need canaries too.',
        failureClass: 'CONTROLLABLE',
        reviewedBy: ['JIRAUSER10003']
    };
}

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

/* Opens the edit view of the field with `value` as the stored text and the editor script loaded. */
async function editor(value, options) {
    page = await openPage(narrativeField(value), [SCRIPT], options);
    const document = page.document;
    const textarea = document.querySelector('textarea.pm-narrative-json');
    return Object.assign(page, {
        textarea,
        form: document.querySelector('.pm-narrative-form'),
        json: () => JSON.parse(textarea.value),
        controls(name) {
            // A control is named by the <label for> tied to it, as a screen reader names it.
            return Array.from(document.querySelectorAll('.pm-narrative-form label[for]'))
                .filter((label) => label.textContent === name)
                .map((label) => document.getElementById(label.htmlFor));
        },
        control(name, index = 0) {
            const found = this.controls(name)[index];
            assert.ok(found, 'no control labelled "' + name + '" #' + index);
            return found;
        },
        hintsOf(control) {
            return control.parentNode.querySelector('.pm-narrative-hints');
        },
        type(control, value) {
            control.value = value;
            control.dispatchEvent(new page.window.Event('input', {bubbles: true}));
        },
        change(control, value) {
            control.value = value;
            control.dispatchEvent(new page.window.Event('change', {bubbles: true}));
        },
        click(selector, index = 0) {
            const button = document.querySelectorAll(selector)[index];
            assert.ok(button, 'no ' + selector + ' #' + index);
            button.click();
        },
        lintRequests: () => page.requests.filter((request) => request.url === LINT_URL)
    });
}

function storedJson() {
    return JSON.stringify(stored(), null, 2);
}

it('narrative editor: hides the JSON textarea and builds the form from the stored narrative', async () => {
    const page = await editor(storedJson());

    assert.equal(page.textarea.style.display, 'none');
    assert.ok(page.form, 'form built');
    assert.equal(page.control(label.summary).value, 'Checkout failed for 40 minutes after deploy 41.');
    assert.equal(page.control(label.severity).value, 'SEV-2');
    assert.equal(page.control(label.description).value, 'Orders in the EU could not be paid.');
    assert.deepEqual(page.controls(label.entryText).map((area) => area.value),
        ['Deploy 41 rolled out.', 'Error-rate alert fired.', 'Deploy 41 rolled back.']);
    assert.equal(page.document.querySelectorAll('fieldset.pm-narrative-account').length, 2);
    assert.deepEqual(page.controls(label.displayName).map((input) => input.value), ['Alice Example', 'Bob Example']);
    // The user key stays in the JSON but has no box of its own: the name is what the user sees and picks.
    assert.equal(page.controls(text('postmortem.jira.narrative.path.participantUserKey')).length, 0);
    assert.deepEqual(page.json().accounts.map((account) => account.participantUserKey), ['JIRAUSER10001', 'JIRAUSER10002']);
    assert.equal(page.control(label.why, 1).value, 'The change looked like a config-only change.');
    assert.equal(page.control(label.factor(2)).value, 'Alert threshold too high.');
    assert.equal(page.control(label.learned).value, 'Config changes need canaries too.');
    assert.equal(page.control(label.failureClass).value, 'CONTROLLABLE');
    // Section titles come from the bundle, through literal AJS.I18n.getText calls.
    assert.deepEqual(Array.from(page.document.querySelectorAll('.pm-narrative-form .pm-narrative-head .pm-narrative-title'),
        (title) => title.textContent),
    [text('postmortem.jira.narrative.path.summary'), text('postmortem.jira.narrative.section.impact'),
        text('postmortem.jira.narrative.section.timeline'), text('postmortem.jira.narrative.section.accounts'),
        text('postmortem.jira.narrative.section.factors'), text('postmortem.jira.narrative.path.whatWeLearned')]);
    assert.deepEqual(page.errors, []);
});

it('narrative editor: shows instants in the browser\'s local time and writes changes back as UTC', async () => {
    const page = await editor(storedJson());
    // The tests run in Europe/Berlin (run-tests.js): 09:15Z is 10:15 local in March.
    assert.equal(page.control(label.start).value, '2026-03-02T10:15');
    assert.equal(page.control(label.time, 2).value, '2026-03-02T10:50');

    page.change(page.control(label.detectedAt), '2026-03-02T10:25');
    assert.equal(page.json().impact.detectedAt, '2026-03-02T09:25:00Z');

    page.change(page.control(label.detectedAt), '');
    assert.equal('detectedAt' in page.json().impact, false, 'a cleared instant is left out');
});

it('narrative editor: typing in a field writes the whole narrative back into the textarea as JSON', async () => {
    const page = await editor(storedJson());

    page.type(page.control(label.summary), 'Checkout failed for 42 minutes.');
    page.type(page.control(label.why, 1), 'Config changes never needed a canary before.');
    page.type(page.control(label.role), 'Incident commander');
    page.type(page.control(label.factor(1)), 'Config changes skip the canary.');
    page.type(page.control(label.entryText, 1), 'Error-rate alert fired at 5%.');

    const expected = stored();
    expected.summary = 'Checkout failed for 42 minutes.';
    expected.accounts[1].whyItMadeSense = 'Config changes never needed a canary before.';
    expected.accounts[0].role = 'Incident commander';
    expected.contributingFactors[0] = 'Config changes skip the canary.';
    expected.timeline[1].text = 'Error-rate alert fired at 5%.';
    assert.deepEqual(page.json(), expected);
});

it('narrative editor: keeps properties the form does not know, at every level, through edits', async () => {
    const page = await editor(storedJson());

    page.type(page.control(label.summary), 'Edited.');
    page.click('.pm-narrative-add', 1);
    page.click('.pm-narrative-row .pm-narrative-remove', 2);

    const json = page.json();
    assert.equal(json.summary, 'Edited.');
    assert.deepEqual(json.reviewedBy, ['JIRAUSER10003']);
    assert.deepEqual(json.impact.regions, ['eu-west-1']);
    assert.equal(json.accounts[0].pronouns, 'she/her');
    assert.equal(json.accounts.length, 3);
    // The timeline entry's author has no control in the form and stays with its entry.
    assert.deepEqual(json.timeline, stored().timeline.slice(0, 2));
    assert.equal(json.version, 1);
});

it('narrative editor: adds a personal account and fills it in', async () => {
    const page = await editor(storedJson());

    page.click('.pm-narrative-add', 1);

    assert.equal(page.document.querySelectorAll('fieldset.pm-narrative-account').length, 3);
    assert.deepEqual(page.json().accounts[2], {
        participantUserKey: '', participantDisplayName: '', role: '',
        whatTheySawAndKnew: '', whatTheyDid: '', whyItMadeSense: ''
    });
    page.type(page.control(label.role, 2), 'Support lead');
    page.type(page.control(label.why, 2), 'The pager woke them and the graph looked like last week\'s blip.');
    assert.equal(page.json().accounts[2].role, 'Support lead');
    assert.equal(page.json().accounts[2].participantUserKey, '', 'no user chosen yet: the key stays empty');
    assert.equal(page.json().accounts[2].whyItMadeSense,
        'The pager woke them and the graph looked like last week\'s blip.');
    assert.equal(page.json().accounts.length, 3);
});

it('narrative editor: keeps what would have helped and who saved an account, and counts awaited ones', async () => {
    const stored = JSON.parse(storedJson());
    stored.accounts[0].lastEditedBy = 'JIRAUSER10009';
    stored.accounts[0].lastEditedAt = '2026-11-25T10:00:00Z';
    stored.accounts.push({participantUserKey: 'JIRAUSER10006', participantDisplayName: 'Dana Example', role: ''});
    const page = await editor(JSON.stringify(stored));

    page.type(page.control(label.helped, 0), 'A canary for config changes.');

    assert.equal(page.json().accounts[0].whatWouldHaveHelped, 'A canary for config changes.');
    assert.equal(page.json().accounts[0].lastEditedBy, 'JIRAUSER10009', 'fields the editor does not show are kept');
    assert.equal(page.json().accounts[0].lastEditedAt, '2026-11-25T10:00:00Z');
    assert.match(page.document.body.textContent, /Personal accounts — 3 \(Alice Example, Bob Example, …\) · 2 of 3 written/,
        'the awaited account is counted as not written');
});

it('narrative editor: removes exactly the personal account whose button was pressed', async () => {
    const page = await editor(storedJson());

    // Buttons in document order: timeline rows (3), accounts (2), factors (2).
    page.click('fieldset.pm-narrative-account .pm-narrative-remove', 0);

    assert.equal(page.document.querySelectorAll('fieldset.pm-narrative-account').length, 1);
    assert.deepEqual(page.json().accounts.map((account) => account.participantUserKey), ['JIRAUSER10002']);
    assert.deepEqual(page.controls(label.displayName).map((input) => input.value), ['Bob Example']);
});

it('narrative editor: adds a timeline row without a time of its own and removes a middle row', async () => {
    const page = await editor(storedJson());

    page.click('.pm-narrative-add', 0);

    const timeline = page.json().timeline;
    assert.equal(timeline.length, 4);
    assert.equal(timeline[3].text, '');
    assert.equal(timeline[3].time, undefined, 'not "now": the user enters when it happened');
    assert.equal(page.controls(label.entryText).length, 4);

    page.click('.pm-narrative-row .pm-narrative-remove', 1);
    assert.deepEqual(page.json().timeline.map((entry) => entry.text),
        ['Deploy 41 rolled out.', 'Deploy 41 rolled back.', '']);
});

it('narrative editor: adds, edits and removes contributing factors', async () => {
    const page = await editor(storedJson());

    page.click('.pm-narrative-add', 2);
    page.type(page.control(label.factor(3)), 'Nobody owned the alert threshold.');
    assert.deepEqual(page.json().contributingFactors,
        ['No canary for config changes.', 'Alert threshold too high.', 'Nobody owned the alert threshold.']);

    const factorRemoves = Array.from(page.document.querySelectorAll('.pm-narrative-remove'))
        .filter((button) => button.closest('[data-section="factors"]'));
    factorRemoves[0].click();
    assert.deepEqual(page.json().contributingFactors, ['Alert threshold too high.', 'Nobody owned the alert threshold.']);
    assert.equal(page.control(label.factor(1)).value, 'Alert threshold too high.');
});

it('narrative editor: the failure class select offers the three classes and "not decided"', async () => {
    const page = await editor(storedJson());
    const select = page.control(label.failureClass);

    assert.deepEqual(Array.from(select.options, (option) => [option.value, option.textContent]), [
        ['', text('postmortem.jira.narrative.editor.failureClass.none')],
        ['CONTROLLABLE', text('postmortem.narrative.failureClass.CONTROLLABLE')],
        ['NOVEL', text('postmortem.narrative.failureClass.NOVEL')],
        ['EXTERNAL_DEPENDENCY', text('postmortem.narrative.failureClass.EXTERNAL_DEPENDENCY')]
    ]);

    page.change(select, 'NOVEL');
    assert.equal(page.json().failureClass, 'NOVEL');

    page.change(select, '');
    assert.equal('failureClass' in page.json(), false, '"not decided" leaves the property out');
});

it('narrative editor: leaves the textarea visible and untouched when the stored text is not JSON', async () => {
    const broken = '{"summary": "Checkout failed", "timeline": [ {"time": ';
    const page = await editor(broken);

    assert.equal(page.textarea.value, broken);
    assert.notEqual(page.textarea.style.display, 'none');
    assert.equal(page.form, null, 'no form');
    const warning = page.document.querySelector('.pm-narrative-editor .aui-message-warning');
    assert.ok(warning, 'warning shown');
    assert.equal(warning.textContent, text('postmortem.jira.narrative.editor.unreadable'));
    assert.ok(warning.compareDocumentPosition(page.textarea) & page.window.Node.DOCUMENT_POSITION_FOLLOWING,
        'the warning is above the textarea');
});

it('narrative editor: treats JSON that is not an object (array, string, null) as unreadable', async () => {
    for (const value of ['[1, 2]', '"a narrative"', 'null', '42']) {
        const page = await editor(value);
        assert.equal(page.textarea.value, value);
        assert.notEqual(page.textarea.style.display, 'none', value);
        assert.equal(page.form, null, value);
        page.close();
    }
    page = null;
});

it('narrative editor: leaves the textarea visible and untouched when a section has the wrong JSON type', async () => {
    // Readable JSON, but not a narrative the form can show (e.g. submitted through REST and rejected): the form
    // must not hide the text and then fail half-way.
    const cases = [
        {summary: 'x', timeline: 'first the deploy, then the alert'},
        {accounts: [null]},
        {accounts: {participantUserKey: 'JIRAUSER10001'}},
        {impact: 'all of Europe'},
        {contributingFactors: [{text: 'no canary'}]}
    ];
    for (const narrative of cases) {
        const value = JSON.stringify(narrative);
        const page = await editor(value);
        assert.equal(page.textarea.value, value, value);
        assert.notEqual(page.textarea.style.display, 'none', value);
        assert.equal(page.form, null, value);
        assert.ok(page.document.querySelector('.aui-message-warning'), value);
        assert.deepEqual(page.errors, [], value);
        page.close();
    }
    page = null;
});

it('narrative editor: an empty field stays empty (no value) until something is typed', async () => {
    const page = await editor('');

    assert.equal(page.textarea.style.display, 'none');
    assert.ok(page.form);
    assert.equal(page.textarea.value, '', 'opening the form does not create a narrative');

    page.type(page.control(label.summary), 'Checkout failed.');
    assert.equal(page.json().summary, 'Checkout failed.');
    assert.equal(page.json().version, 1);

    page.type(page.control(label.summary), '');
    assert.equal(page.textarea.value, '', 'emptied again: no value, as before');
});

it('narrative editor: hostile stored text appears as text in the form, never as HTML', async () => {
    const narrative = stored();
    narrative.summary = HOSTILE;
    narrative.accounts[0].participantDisplayName = '"><script>window.pwned=1</script>';
    narrative.contributingFactors[0] = '</textarea><img src=x onerror=alert(1)>';
    const page = await editor(JSON.stringify(narrative));

    assert.equal(page.control(label.summary).value, HOSTILE);
    assert.equal(page.control(label.displayName).value, '"><script>window.pwned=1</script>');
    assert.equal(page.control(label.factor(1)).value, '</textarea><img src=x onerror=alert(1)>');
    assert.equal(page.document.querySelectorAll('img, script').length, 0);
    assert.equal(page.window.pwned, undefined);
    assert.deepEqual(page.json().summary, HOSTILE);
});

it('narrative editor: the phrasing check is debounced and sends the latest text as JSON', async () => {
    const page = await editor(storedJson());
    const why = page.control(label.why);

    page.type(why, 'She should');
    page.clock.tick(300);
    page.type(why, 'She should have');
    page.clock.tick(LINT_DELAY_MS - 1);
    assert.equal(page.lintRequests().length, 0, 'nothing sent while typing');
    page.type(why, 'She should have known.');
    page.clock.tick(LINT_DELAY_MS - 1);
    assert.equal(page.lintRequests().length, 0);
    page.clock.tick(1);

    const requests = page.lintRequests();
    assert.equal(requests.length, 1, 'one request for the burst');
    const request = requests[0];
    assert.equal(request.method, 'POST');
    assert.equal(request.url, LINT_URL);
    // JSON, so Atlassian REST's XSRF check lets it through (it refuses the types a cross-site form can send).
    assert.equal(request.header('Content-Type'), 'application/json');
    assert.match(request.header('Accept'), /^application\/json/);
    assert.equal(request.header('X-Requested-With'), 'XMLHttpRequest');
    // The participants go along: the coach reads their names as people and never flags them.
    assert.deepEqual(request.json(), {text: 'She should have known.', participants: ['Alice Example', 'Bob Example']});
});

it('narrative editor: renders the findings of the answer under the field it checked', async () => {
    const page = await editor(storedJson());
    const why = page.control(label.why);
    const other = page.control(label.summary);

    page.type(why, 'Bob should have checked. It was human error.');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[0].respond(200, {findings: [
        {offset: 4, length: 11, ruleId: 'counterfactual', matchedText: 'should have',
            message: 'Hindsight: describes what did not happen.', question: 'What did Bob know at that moment?'},
        {offset: 32, length: 11, ruleId: 'human-error', matchedText: 'human error',
            message: '"Human error" ends the inquiry.', question: 'What made this action reasonable?'}
    ]});

    const hints = page.hintsOf(why);
    assert.equal(hints.querySelector('strong').textContent, text('postmortem.jira.narrative.findings.title'));
    const items = Array.from(hints.querySelectorAll('li'));
    assert.equal(items.length, 2);
    assert.equal(items[0].querySelector('mark').textContent, 'should have');
    assert.equal(items[0].querySelector('em').textContent, 'What did Bob know at that moment?');
    assert.equal(items[0].textContent,
        'should have Hindsight: describes what did not happen. What did Bob know at that moment?');
    assert.equal(items[1].querySelector('mark').textContent, 'human error');
    assert.equal(page.hintsOf(other).textContent, '', 'other fields get no hints');

    // A later answer without findings clears them.
    page.type(why, 'Bob checked the dashboard, which was green.');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[1].respond(200, {findings: []});
    assert.equal(hints.textContent, '');
});

it('narrative editor: findings with hostile text are shown as text, never as HTML', async () => {
    const page = await editor(storedJson());
    const summary = page.control(label.summary);

    page.type(summary, 'x should have y');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[0].respond(200, {findings: [
        {offset: 0, length: 1, matchedText: HOSTILE, message: '<b onmouseover=alert(1)>msg</b>',
            question: '<script>window.pwned=1</script>'}
    ]});

    const item = page.hintsOf(summary).querySelector('li');
    assert.equal(item.querySelector('mark').textContent, HOSTILE);
    assert.equal(item.querySelector('em').textContent, '<script>window.pwned=1</script>');
    assert.equal(page.document.querySelectorAll('.pm-narrative-form img, .pm-narrative-form script, '
        + '.pm-narrative-form b').length, 0);
    assert.equal(page.window.pwned, undefined);
});

it('narrative editor: an emptied field clears its hints without asking the server', async () => {
    const page = await editor(storedJson());
    const summary = page.control(label.summary);

    page.type(summary, 'careless');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[0].respond(200, {findings: [
        {offset: 0, length: 8, matchedText: 'careless', message: 'Blames a person.', question: 'What happened?'}
    ]});
    assert.notEqual(page.hintsOf(summary).textContent, '');

    page.type(summary, '   ');
    page.clock.tick(LINT_DELAY_MS);
    assert.equal(page.lintRequests().length, 1, 'no request for blank text');
    assert.equal(page.hintsOf(summary).textContent, '');
});

it('narrative editor: a failed check shows a short translated note, never the error or a stack trace', async () => {
    const page = await editor(storedJson());
    const summary = page.control(label.summary);

    page.type(summary, 'He should have known.');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[0].respond(500,
        'java.lang.IllegalStateException: boom\n\tat dev.postmortem.jira.narrative.NarrativeLintResource.lint(X.java:1)',
        {'Content-Type': 'text/plain'});
    assert.equal(page.hintsOf(summary).textContent, text('postmortem.jira.narrative.editor.lintUnavailable'));

    page.type(summary, 'He should have known it.');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[1].networkError();
    assert.equal(page.hintsOf(summary).textContent, text('postmortem.jira.narrative.editor.lintUnavailable'));

    // A 400 with the API's translated error body is no different for the hints.
    page.type(summary, 'He should have known that.');
    page.clock.tick(LINT_DELAY_MS);
    page.lintRequests()[2].respond(400, {status: 400, errors: [{key: 'postmortem.jira.rest.lint.textTooLong',
        message: 'Too long', field: 'text'}]});
    assert.equal(page.hintsOf(summary).textContent, text('postmortem.jira.narrative.editor.lintUnavailable'));
    assert.doesNotMatch(page.document.body.textContent, /IllegalStateException|NarrativeLintResource/);
});

it('narrative editor: an older answer arriving after a newer one does not replace its hints', async () => {
    const page = await editor(storedJson());
    const why = page.control(label.why);

    page.type(why, 'It was human error.');
    page.clock.tick(LINT_DELAY_MS);
    page.type(why, 'The alert did not fire.');
    page.clock.tick(LINT_DELAY_MS);
    const [older, newer] = page.lintRequests();
    assert.deepEqual(newer.json(), {text: 'The alert did not fire.', participants: ['Alice Example', 'Bob Example']});

    newer.respond(200, {findings: []});
    older.respond(200, {findings: [
        {offset: 7, length: 11, matchedText: 'human error', message: 'Ends the inquiry.', question: 'Why?'}
    ]});

    assert.equal(page.hintsOf(why).textContent, '', 'hints belong to the text in the field');
});

it('narrative editor: suggests participants from Jira\'s user picker and keeps the chosen user\'s key', async () => {
    const page = await editor(storedJson());
    page.click('.pm-narrative-add', 1);
    const name = page.control(label.displayName, 2);

    page.type(name, 'C');
    page.clock.tick(LINT_DELAY_MS);
    assert.equal(page.requests.length, 0, 'one letter is not enough to ask');

    page.type(name, 'Car');
    page.clock.tick(LINT_DELAY_MS);
    assert.equal(page.requests.length, 1);
    const request = page.requests[0];
    assert.equal(request.method, 'GET');
    const url = new URL(request.url, 'https://jira.example.com');
    assert.equal(url.pathname, CONTEXT_PATH + '/rest/api/2/user/picker');
    assert.equal(url.searchParams.get('query'), 'Car');
    assert.equal(url.searchParams.get('maxResults'), '10');
    request.respond(200, {users: [
        {key: 'JIRAUSER10007', name: 'carol', displayName: 'Carol Example'},
        {key: 'JIRAUSER10008', name: 'carla', displayName: HOSTILE}
    ], total: 2});

    const list = page.document.getElementById(name.getAttribute('list'));
    assert.deepEqual(Array.from(list.querySelectorAll('option'), (option) => option.value), ['Carol Example', HOSTILE]);
    assert.equal(page.document.querySelectorAll('img').length, 0);

    page.type(name, 'Carol Example');
    assert.equal(page.json().accounts[2].participantUserKey, 'JIRAUSER10007');
    assert.equal(page.json().accounts[2].participantDisplayName, 'Carol Example');
});

it('narrative editor: an older user-picker answer arriving after a newer one does not replace its suggestions', async () => {
    const page = await editor(storedJson());
    const name = page.control(label.displayName);

    page.type(name, 'Car');
    page.clock.tick(LINT_DELAY_MS);
    page.type(name, 'Carol');
    page.clock.tick(LINT_DELAY_MS);
    const [older, newer] = page.requests;
    assert.equal(new URL(newer.url, 'https://jira.example.com').searchParams.get('query'), 'Carol');

    newer.respond(200, {users: [{key: 'JIRAUSER10007', displayName: 'Carol Example'}]});
    older.respond(200, {users: [{key: 'JIRAUSER10008', displayName: 'Carl Other'}]});

    const list = page.document.getElementById(name.getAttribute('list'));
    assert.deepEqual(Array.from(list.querySelectorAll('option'), (option) => option.value), ['Carol Example'],
        'suggestions belong to the text in the field');
    page.type(name, 'Carl Other');
    assert.equal(page.json().accounts[0].participantUserKey, 'JIRAUSER10001', 'a stale suggestion is no choice');
});

it('narrative editor: a typed name that matches no suggestion leaves the user key alone', async () => {
    const page = await editor(storedJson());
    const name = page.control(label.displayName);

    page.type(name, 'co');
    page.clock.tick(LINT_DELAY_MS);
    page.requests[0].respond(200, {users: [{key: 'JIRAUSER10009', displayName: 'Connor Example'}]});
    // Names that are also properties of every JavaScript object are no suggestion either.
    for (const typed of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        page.type(name, typed);
        assert.equal(page.json().accounts[0].participantUserKey, 'JIRAUSER10001', typed);
        assert.equal(page.json().accounts[0].participantDisplayName, typed);
    }
});

/* The outline: each section's disclosure button (its title and summary line) and the region it controls. */
function outline(page) {
    return Array.from(page.document.querySelectorAll('.pm-narrative-form .pm-narrative-group'), (group) => {
        const toggle = group.querySelector('.pm-narrative-head .pm-narrative-toggle');
        const body = page.document.getElementById(toggle.getAttribute('aria-controls'));
        return {section: group.getAttribute('data-section'), toggle, body, text: toggle.textContent,
            expanded: toggle.getAttribute('aria-expanded'), start: group.querySelector('.pm-narrative-head .pm-narrative-start')};
    });
}

it('narrative editor: shows the sections as an outline of one-line summaries, only "What happened" open', async () => {
    const narrative = stored();
    narrative.accounts.push({participantUserKey: 'JIRAUSER10005', participantDisplayName: 'Zoë O\'Brien', role: ''});
    const page = await editor(JSON.stringify(narrative));
    const sections = outline(page);

    assert.deepEqual(sections.map((section) => [section.section, section.expanded, section.body.hidden]), [
        ['summary', 'true', false], ['impact', 'false', true], ['timeline', 'false', true],
        ['accounts', 'false', true], ['factors', 'false', true], ['learned', 'false', true]]);
    assert.deepEqual(sections.map((section) => section.text), [
        'What happened — Checkout failed for 40 minutes after deploy 41.',
        'Impact — SEV-2 · Orders in the EU could not be paid.',
        'Timeline — 3 entries',
        'Personal accounts — 3 (Alice Example, Bob Example, …) · 2 of 3 written',
        'Contributing factors — 2 factors',
        'What we learned — Config changes need canaries too.']);
    for (const section of sections) {
        assert.equal(section.toggle.tagName, 'BUTTON');
        assert.equal(section.toggle.type, 'button');
        assert.ok(section.body.contains(page.document.activeElement) === false);
        if (section.start) {
            assert.equal(section.start.hidden, true, section.section + ': has content, no "Add …" action');
        }
    }
    // Items are one line each, with Edit (a disclosure button) and Remove.
    const items = Array.from(page.document.querySelectorAll('[data-section="timeline"] .pm-narrative-item'));
    assert.equal(items.length, 3);
    const edit = items[1].querySelector('.pm-narrative-edit');
    assert.equal(edit.getAttribute('aria-expanded'), 'false');
    assert.equal(edit.getAttribute('aria-label'), 'Edit timeline entry 2');
    assert.equal(page.document.getElementById(edit.getAttribute('aria-controls')).hidden, true);
    assert.match(items[1].querySelector('.pm-narrative-item-line').textContent, /Error-rate alert fired\.$/);
    assert.deepEqual(Array.from(page.document.querySelectorAll('[data-section="accounts"] .pm-narrative-item-line'),
        (line) => line.textContent), ['Alice Example — On-call', 'Bob Example — Release manager', 'Zoë O\'Brien']);
});

it('narrative editor: expands and collapses sections and items without losing what was typed', async () => {
    const page = await editor(storedJson());
    const timeline = outline(page)[2];

    timeline.toggle.click();
    assert.equal(timeline.toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(timeline.body.hidden, false);
    const edit = page.document.querySelectorAll('[data-section="timeline"] .pm-narrative-edit')[0];
    edit.click();
    assert.equal(edit.getAttribute('aria-expanded'), 'true');
    page.type(page.control(label.entryText, 0), 'Deploy 41 rolled out to all regions.');
    // The summary lines follow what is typed.
    assert.match(edit.parentNode.querySelector('.pm-narrative-item-line').textContent, /to all regions\.$/);

    edit.click();
    timeline.toggle.click();
    assert.equal(timeline.body.hidden, true);
    assert.equal(page.json().timeline[0].text, 'Deploy 41 rolled out to all regions.', 'collapsing keeps the text');
    assert.equal(page.control(label.entryText, 0).value, 'Deploy 41 rolled out to all regions.');

    // Open sections stay open when Add renders the form again; the new item is open, the others keep their state.
    page.click('.pm-narrative-add', 2);
    assert.equal(outline(page)[4].expanded, 'true');
    assert.equal(outline(page)[2].expanded, 'false');
    const factorEdits = page.document.querySelectorAll('[data-section="factors"] .pm-narrative-edit');
    assert.deepEqual(Array.from(factorEdits, (button) => button.getAttribute('aria-expanded')), ['false', 'false', 'true']);
    assert.equal(page.document.activeElement, page.control(label.factor(3)));

    const expected = stored();
    expected.timeline[0].text = 'Deploy 41 rolled out to all regions.';
    expected.contributingFactors.push('');
    assert.deepEqual(page.json(), expected, 'the whole narrative round-trips');
});

it('narrative editor: an empty narrative offers "Add …" on each closed section and focuses what it adds', async () => {
    const page = await editor('');
    const sections = outline(page);
    assert.equal(sections[0].expanded, 'true');
    assert.equal(page.document.activeElement === page.control(label.summary), false, 'no focus stolen on load');
    assert.deepEqual(sections.slice(1).map((section) => [section.expanded, section.start && section.start.hidden,
        section.start && section.start.textContent]), [
        ['false', false, text('postmortem.jira.narrative.editor.addImpact')],
        ['false', false, text('postmortem.jira.narrative.editor.addEntry')],
        ['false', false, text('postmortem.jira.narrative.editor.addAccount')],
        ['false', false, text('postmortem.jira.narrative.editor.addFactor')],
        ['false', false, text('postmortem.jira.narrative.editor.addLearned')]]);
    assert.equal(sections[2].text, 'Timeline — ' + text('postmortem.jira.narrative.editor.nothingYet'));

    sections[2].start.click();
    assert.equal(page.json().timeline.length, 1);
    const now = outline(page)[2];
    assert.equal(now.expanded, 'true');
    assert.equal(now.start.hidden, true);
    assert.equal(page.document.activeElement, page.control(label.time, 0), 'focus in the new entry');

    outline(page)[1].start.click();
    assert.equal(outline(page)[1].expanded, 'true');
    assert.equal(page.document.activeElement, page.control(label.start), 'focus in the opened section');
    assert.equal(page.textarea.value.includes('"impact"'), true);
});

it('narrative editor: after Remove the focus goes to the next item, else the previous, else the section\'s Add', async () => {
    const page = await editor(storedJson());
    outline(page)[4].toggle.click();

    page.document.querySelectorAll('[data-section="factors"] .pm-narrative-remove')[0].click();
    assert.equal(page.document.activeElement.getAttribute('aria-label'), 'Remove contributing factor 1');
    assert.deepEqual(page.json().contributingFactors, ['Alert threshold too high.']);
    page.document.activeElement.click();
    assert.equal(page.document.activeElement, page.document.querySelector('[data-section="factors"] .pm-narrative-add'));
    assert.equal(outline(page)[4].expanded, 'true', 'the section stays open');
    assert.equal(outline(page)[4].text, 'Contributing factors — ' + text('postmortem.jira.narrative.editor.nothingYet'));
});

it('narrative editor: starts in content Jira adds later (dialogs, inline edit), once per field', async () => {
    const page = await editor(storedJson(), {jira: true});
    assert.equal(page.document.querySelectorAll('.pm-narrative-form').length, 1);

    const dialog = page.document.createElement('div');
    dialog.innerHTML = narrativeField(JSON.stringify({version: 1, summary: 'From the dialog.'}), 'customfield_10200');
    page.document.body.appendChild(dialog);
    page.newContentAdded(dialog);

    assert.equal(page.document.querySelectorAll('.pm-narrative-form').length, 2, 'the dialog field got a form');
    const dialogTextarea = dialog.querySelector('textarea.pm-narrative-json');
    assert.equal(dialogTextarea.style.display, 'none');
    assert.equal(page.controls(label.summary)[1].value, 'From the dialog.');

    page.newContentAdded(page.document.body);
    assert.equal(page.document.querySelectorAll('.pm-narrative-form').length, 2, 'no field is started twice');
});

it('narrative editor: every text is a literal AJS.I18n.getText call the jsI18n transformer can replace', async () => {
    // Comments may mention the call; only code counts.
    const source = resource(SCRIPT).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const calls = source.match(/AJS\.I18n\.getText\([^)]*\)/g) || [];
    assert.ok(calls.length > 20, 'found the calls');
    for (const call of calls) {
        // The transformer also takes arguments after the literal key: getText('key', n, m) becomes AJS.format(text, n, m).
        assert.match(call, /^AJS\.I18n\.getText\('postmortem\.[\w.]+'(, [\w +]+)*\)$/, call);
    }
    const page = await editor(storedJson());
    const distinct = (keys) => [...new Set(keys)].sort();
    assert.deepEqual(distinct(page.i18nCalls), distinct(calls.map((call) => /'([^']+)'/.exec(call)[1])),
        'each key was looked up, and exists in the English bundles');
});
