/*
 * "Personal accounts" panel (templates/jira/account/account-panel.vm): saves the account form as JSON to
 * PUT /rest/postmortem/1.0/accounts/{issueKey}/{participantKey}, asks the coach for hints on a text when the writer
 * leaves it (POST /narrative/lint), lets the owner choose whose account to correct, and sends the owner's request
 * (POST /accounts/{issueKey}/requests). JSON only: the REST XSRF check passes it, a cross-site form cannot. Error
 * texts come translated from the server. Unsaved text never leaves this browser except to be saved or linted.
 */
(function () {
    'use strict';

    var FIELDS = ['role', 'whatTheySawAndKnew', 'whatTheyDid', 'whyItMadeSense', 'whatWouldHaveHelped'];

    function errorText(body, fallback) {
        var messages = body && Array.isArray(body.errors)
            ? body.errors.map(function (error) { return error && error.message; }).filter(Boolean)
            : [];
        return messages.length ? messages.join(' ') : fallback;
    }

    function message(panel, type, text) {
        var box = panel.querySelector('.pm-accounts__messages');
        box.textContent = '';
        var div = document.createElement('div');
        div.className = 'aui-message aui-message-' + type;
        var p = document.createElement('p');
        p.textContent = text;
        div.appendChild(p);
        box.appendChild(div);
    }

    function send(method, url, body) {
        return fetch(AJS.contextPath() + '/rest/postmortem/1.0' + url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {ok: response.ok, body: json};
            });
        });
    }

    function participants(panel) {
        try {
            return JSON.parse(panel.getAttribute('data-participants') || '[]');
        } catch (e) {
            return [];
        }
    }

    function fill(form, account) {
        form.setAttribute('data-participant-key', account.key);
        FIELDS.forEach(function (name) {
            form.elements[name].value = account[name] || '';
        });
        form.querySelector('.pm-accounts__hints').textContent = '';
        form.querySelector('.pm-accounts__heading').textContent =
            AJS.I18n.getText('postmortem.jira.account.form.other', account.name);
    }

    function setUpOwnerChoice(panel, form) {
        var select = form.querySelector('.pm-accounts__choose');
        if (!select) {
            return;
        }
        var accounts = participants(panel);
        accounts.forEach(function (account) {
            var option = document.createElement('option');
            option.value = account.key;
            option.textContent = account.name;
            option.selected = account.key === form.getAttribute('data-participant-key');
            select.appendChild(option);
        });
        select.addEventListener('change', function () {
            var chosen = accounts.filter(function (account) { return account.key === select.value; })[0];
            if (chosen) {
                fill(form, chosen);
            }
        });
    }

    function showHints(form, label, findings) {
        var box = form.querySelector('.pm-accounts__hints');
        box.textContent = '';
        if (!findings.length) {
            return;
        }
        var div = document.createElement('div');
        div.className = 'aui-message aui-message-info';
        var title = document.createElement('p');
        title.className = 'title';
        var strong = document.createElement('strong');
        strong.textContent = AJS.I18n.getText('postmortem.jira.account.hints.title');
        title.appendChild(strong);
        div.appendChild(title);
        var list = document.createElement('ul');
        findings.forEach(function (finding) {
            var item = document.createElement('li');
            item.textContent = label + ': \u201c' + finding.matchedText + '\u201d \u2013 ' + finding.message + ' '
                + finding.question;
            list.appendChild(item);
        });
        div.appendChild(list);
        box.appendChild(div);
    }

    function setUp(panel) {
        var form = panel.querySelector('.pm-accounts__form');
        var issueKey = panel.getAttribute('data-issue-key');
        var names = participants(panel).map(function (account) { return account.name; });
        var ask = panel.querySelector('.pm-accounts__ask');
        if (ask) {
            ask.addEventListener('click', function () {
                ask.disabled = true;
                send('POST', '/accounts/' + encodeURIComponent(issueKey) + '/requests',
                    {occasion: Number(panel.getAttribute('data-occasion'))}).then(function (answer) {
                    if (!answer.ok) {
                        ask.disabled = false;
                        message(panel, 'error', errorText(answer.body, AJS.I18n.getText('postmortem.jira.account.error')));
                        return;
                    }
                    var sent = (answer.body.sent || []).concat(answer.body.alreadySent || []);
                    message(panel, 'success', AJS.I18n.getText('postmortem.jira.account.asked', sent.join(', ')));
                });
            });
        }
        if (!form) {
            return;
        }
        setUpOwnerChoice(panel, form);
        form.querySelectorAll('textarea').forEach(function (area) {
            area.addEventListener('blur', function () {
                if (!area.value.trim()) {
                    return;
                }
                send('POST', '/narrative/lint', {text: area.value, participants: names}).then(function (answer) {
                    if (answer.ok) {
                        showHints(form, form.querySelector('label[for="' + area.id + '"]').textContent,
                            answer.body.findings || []);
                    }
                });
            });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {};
            FIELDS.forEach(function (name) {
                body[name] = form.elements[name].value;
            });
            var button = form.querySelector('.pm-accounts__save');
            button.disabled = true;
            send('PUT', '/accounts/' + encodeURIComponent(issueKey) + '/'
                + encodeURIComponent(form.getAttribute('data-participant-key')), body).then(function (answer) {
                button.disabled = false;
                if (answer.ok) {
                    message(panel, 'success', AJS.I18n.getText('postmortem.jira.account.savedNow'));
                    window.setTimeout(function () { window.location.reload(); }, 800);
                } else {
                    message(panel, 'error', errorText(answer.body, AJS.I18n.getText('postmortem.jira.account.error')));
                }
            }, function () {
                button.disabled = false;
                message(panel, 'error', AJS.I18n.getText('postmortem.jira.account.error'));
            });
        });
    }

    function start() {
        document.querySelectorAll('.pm-accounts').forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
