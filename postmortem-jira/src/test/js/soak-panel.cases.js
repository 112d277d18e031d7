'use strict';
/*
 * js/soak/soak-panel.js: the override form of the soak panel (templates/jira/soak/soak-panel.vm), sent as JSON to
 * POST /rest/postmortem/1.0/soak/{issueKey}/override. Registered inside the single root suite of
 * browser-scripts.test.js.
 */
const {it, afterEach} = require('node:test');
const assert = require('node:assert/strict');
const {CONTEXT_PATH, openPage, settle, soakOverrideForm, soakOverrideToggle, text} = require('./harness/page');

const SCRIPT = 'js/soak/soak-panel.js';
const FAILED = text('postmortem.jira.soak.panel.override.failed');

let page = null;
afterEach(() => {
    if (page) {
        page.close();
        page = null;
    }
});

/* An action issue's soak panel with the override form (a project administrator's view). */
async function panel(issueKey = 'ACT-7', extraMarkup = '') {
    page = await openPage('<div class="postmortem-soak">' + soakOverrideForm(issueKey) + '</div>' + extraMarkup,
        [SCRIPT]);
    const document = page.document;
    const form = document.querySelector('form.postmortem-soak-override');
    return Object.assign(page, {
        form,
        reason: form.querySelector('textarea[name="reason"]'),
        button: form.querySelector('button[type="submit"]'),
        error: form.querySelector('.postmortem-soak-override-error'),
        /* What a user does: type a reason and press the button (the browser validates the form first). */
        submit(reason) {
            this.reason.value = reason;
            this.button.click();
        }
    });
}

it('soak panel: the override form starts collapsed; its button opens it and puts the focus on the reason', async () => {
    page = await openPage('<div class="postmortem-soak">' + soakOverrideToggle('ACT-7') + soakOverrideForm('ACT-7')
        + '</div>', [SCRIPT]);
    const document = page.document;
    const toggle = document.querySelector('.postmortem-soak-override-toggle');
    const form = document.querySelector('form.postmortem-soak-override');
    assert.equal(form.classList.contains('hidden'), true, 'collapsed at first');
    assert.equal(toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(toggle.getAttribute('aria-controls'), form.id);

    toggle.click();

    assert.equal(form.classList.contains('hidden'), false);
    assert.equal(toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(document.activeElement, form.querySelector('textarea[name="reason"]'));

    toggle.click();

    assert.equal(form.classList.contains('hidden'), true, 'the button closes it again');
    assert.equal(toggle.getAttribute('aria-expanded'), 'false');
});

it('soak panel: sends the trimmed reason as JSON to the override resource and reloads on success', async () => {
    const page = await panel();
    assert.equal(page.error.classList.contains('hidden'), true, 'no error before a try');

    page.submit('  Customer escalation; the fix is a config revert.  ');

    assert.equal(page.requests.length, 1);
    const request = page.requests[0];
    assert.equal(request.method, 'POST');
    assert.equal(request.url, CONTEXT_PATH + '/rest/postmortem/1.0/soak/ACT-7/override');
    // JSON only: the REST XSRF check passes it, and a cross-site HTML form cannot send it.
    assert.equal(request.header('Content-Type'), 'application/json');
    assert.equal(request.header('Accept'), 'application/json');
    assert.equal(request.credentials, 'same-origin');
    assert.deepEqual(request.json(), {reason: 'Customer escalation; the fix is a config revert.'});
    assert.equal(page.button.disabled, true, 'no second submission while the first is under way');

    request.respond(200, {issueKey: 'ACT-7', state: 'OVERRIDDEN', committable: true});
    await settle();

    assert.equal(page.navigations.length, 1, 'the page reloads, so the transition shows');
    assert.equal(page.error.classList.contains('hidden'), true);
    assert.equal(page.button.disabled, false);
    assert.deepEqual(page.errors, []);
});

it('soak panel: an empty reason is refused by the form itself and nothing is sent', async () => {
    const page = await panel();

    page.submit('');

    assert.equal(page.reason.required, true);
    assert.equal(page.requests.length, 0);
    assert.equal(page.navigations.length, 0);
});

it('soak panel: shows the server\'s translated error message, as text, and allows another try', async () => {
    const page = await panel();

    page.submit('   ');
    assert.deepEqual(page.requests[0].json(), {reason: ''}, 'blank after trimming: the server says why');
    page.requests[0].respond(400, {status: 400, errors: [{key: 'postmortem.soak.override.reasonRequired',
        message: 'Bitte geben Sie einen Grund f\u00fcr die \u00dcberbr\u00fcckung an.', field: 'reason'}]});
    await settle();

    assert.equal(page.error.textContent, 'Bitte geben Sie einen Grund f\u00fcr die \u00dcberbr\u00fcckung an.');
    assert.equal(page.error.classList.contains('hidden'), false);
    assert.equal(page.error.getAttribute('role'), 'alert');
    assert.equal(page.button.disabled, false);
    assert.equal(page.navigations.length, 0);

    page.submit('Customer escalation.');
    page.requests[1].respond(409, {status: 409, errors: [
        {key: 'postmortem.soak.override.awaitingDebrief', message: '<img src=x onerror="window.pwned=1">INC-42 has no debrief yet.'},
        {key: 'postmortem.soak.override.other', message: 'Ask an administrator.'}
    ]});
    await settle();

    assert.equal(page.error.textContent, '<img src=x onerror="window.pwned=1">INC-42 has no debrief yet. Ask an administrator.');
    assert.equal(page.document.querySelectorAll('img').length, 0);
    assert.equal(page.window.pwned, undefined);
});

it('soak panel: an answer without readable errors shows the page\'s own translated message', async () => {
    const page = await panel();

    page.submit('Because.');
    page.requests[0].respond(500, '<html><body>java.lang.NullPointerException\n\tat com.example.Foo</body></html>');
    await settle();
    assert.equal(page.error.textContent, FAILED);
    assert.equal(page.error.classList.contains('hidden'), false);

    page.submit('Because.');
    page.requests[1].respond(403, {message: 'XSRF check failed'});
    await settle();
    assert.equal(page.error.textContent, FAILED);

    page.submit('Because.');
    page.requests[2].networkError();
    await settle();
    assert.equal(page.error.textContent, FAILED);
    assert.equal(page.button.disabled, false);
    assert.equal(page.navigations.length, 0);
});

it('soak panel: the issue key from the markup is encoded into the URL', async () => {
    const page = await panel('ACT-7/../../admin?x=1');

    page.submit('Because.');

    assert.equal(page.requests[0].url,
        CONTEXT_PATH + '/rest/postmortem/1.0/soak/ACT-7%2F..%2F..%2Fadmin%3Fx%3D1/override');
});

it('soak panel: other forms on the page are left alone', async () => {
    const page = await panel('ACT-7', '<form class="aui other-form"><input name="q" value="x">'
        + '<button type="submit" class="other">Go</button></form>');
    let defaultPrevented = null;
    page.document.addEventListener('submit', (event) => {
        defaultPrevented = event.defaultPrevented;
        event.preventDefault();
    });

    page.document.querySelector('button.other').click();

    assert.equal(defaultPrevented, false);
    assert.equal(page.requests.length, 0);
});
