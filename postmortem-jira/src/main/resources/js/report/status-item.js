/*
 * Dashboard item "Postmortems: where they stand" (module dashboard-item postmortem-status-item, AMD module
 * postmortem/dashboard/status-item): a project's postmortems awaiting their debrief, soaking, and awaiting a
 * decision. Jira's dashboard builds it with its API and calls render (the view) or renderEdit (the project picker,
 * saved as the item's preference projectKey).
 *
 * Soaking and awaiting a decision come from GET /rest/postmortem/1.0/process-report/{key}/status; awaiting the
 * debrief from Jira's own search (GET /rest/api/2/search) with the JQL that answer gives, so Jira's permissions
 * decide what the viewer sees. Texts are translated (jsI18n), links go to the issues and to the process report.
 */
define('postmortem/dashboard/status-item', ['jquery'], function ($) {
    'use strict';

    var SHOWN = 5;
    var REPORT_ITEM = 'dev.postmortem.postmortem-jira:process-report-link';

    function call(api, name) {
        if (api && typeof api[name] === 'function') {
            api[name].apply(api, Array.prototype.slice.call(arguments, 2));
        }
    }

    function element(name, text, className) {
        var node = document.createElement(name);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function issueLink(key) {
        var link = element('a', key);
        link.href = AJS.contextPath() + '/browse/' + encodeURIComponent(key);
        return link;
    }

    function date(iso) {
        return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {dateStyle: 'medium'})
            .format(new Date(iso));
    }

    function getJson(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () { return null; }).then(function (body) {
                    return {ok: response.ok, body: body};
                });
            });
    }

    /* One group: a heading with its count, up to SHOWN items, then a link to the rest when there is one. */
    function group(title, total, items, describe, more) {
        var section = element('section', null, 'postmortem-status-group');
        var heading = element('h3', title + ' ');
        heading.appendChild(element('span', total, 'aui-badge'));
        section.appendChild(heading);
        if (total === 0) {
            section.appendChild(element('p', AJS.I18n.getText('postmortem.jira.gadget.none'), 'postmortem-status-none'));
            return section;
        }
        var list = element('ul', null, 'postmortem-status-list');
        items.slice(0, SHOWN).forEach(function (item) {
            var li = element('li');
            li.appendChild(issueLink(item.key));
            li.appendChild(element('span', ' ' + item.summary, 'postmortem-status-summary'));
            var detail = describe ? describe(item) : '';
            if (detail) {
                li.appendChild(element('span', detail, 'postmortem-status-detail'));
            }
            list.appendChild(li);
        });
        section.appendChild(list);
        if (total > SHOWN && more) {
            var link = element('a', AJS.I18n.getText('postmortem.jira.gadget.more', total - SHOWN));
            link.href = more;
            section.appendChild(link);
        }
        return section;
    }

    function message(kind, text) {
        var box = element('div', null, 'aui-message aui-message-' + kind);
        box.appendChild(element('p', text));
        return box;
    }

    function StatusItem(api, options) {
        this.api = api;
        this.options = options || {};
    }

    StatusItem.prototype.render = function (context, preferences) {
        var api = this.api;
        var root = $(context)[0];
        var key = preferences && preferences.projectKey;
        root.textContent = '';
        if (!key) {
            if (api && typeof api.isEditable === 'function' && api.isEditable()) {
                this.renderEdit(context, preferences || {});
                return;
            }
            root.appendChild(message('info', AJS.I18n.getText('postmortem.jira.gadget.noProject')));
            return;
        }
        var item = element('div', null, 'postmortem-status-item');
        item.setAttribute('aria-busy', 'true');
        root.appendChild(item);
        call(api, 'showLoadingBar');
        var rest = AJS.contextPath() + '/rest/postmortem/1.0/process-report/' + encodeURIComponent(key);
        getJson(rest + '/status').then(function (status) {
            if (!status.ok || !status.body) {
                var errors = status.body && Array.isArray(status.body.errors) ? status.body.errors : [];
                item.appendChild(message('error', errors.length && errors[0].message ? errors[0].message
                    : AJS.I18n.getText('postmortem.jira.gadget.failed')));
                return null;
            }
            var jql = status.body.awaitingDebriefJql;
            var search = jql ? getJson(AJS.contextPath() + '/rest/api/2/search?fields=summary&maxResults=' + SHOWN
                + '&jql=' + encodeURIComponent(jql)) : Promise.resolve({ok: true, body: {total: 0, issues: []}});
            return search.then(function (found) {
                var body = status.body;
                call(api, 'setTitle', AJS.I18n.getText('postmortem.jira.gadget.titleFor', body.projectKey));
                if (found.ok && found.body) {
                    var issues = (found.body.issues || []).map(function (issue) {
                        return {key: issue.key, summary: issue.fields && issue.fields.summary || ''};
                    });
                    item.appendChild(group(AJS.I18n.getText('postmortem.jira.gadget.awaitingDebrief'),
                        found.body.total || 0, issues, null,
                        AJS.contextPath() + '/issues/?jql=' + encodeURIComponent(jql)));
                } else {
                    item.appendChild(message('warning', AJS.I18n.getText('postmortem.jira.gadget.searchFailed')));
                }
                item.appendChild(group(AJS.I18n.getText('postmortem.jira.gadget.soaking'), body.soaking.length,
                    body.soaking, function (pm) {
                        return pm.debriefHeldAt ? AJS.I18n.getText('postmortem.jira.gadget.debriefed', date(pm.debriefHeldAt)) : '';
                    }, null));
                item.appendChild(group(AJS.I18n.getText('postmortem.jira.gadget.awaitingDecision'),
                    body.awaitingDecision.length, body.awaitingDecision, function (pm) {
                        return AJS.I18n.getText('postmortem.jira.gadget.undecided', pm.actions);
                    }, null));
                if (body.truncated) {
                    item.appendChild(message('warning', AJS.I18n.getText('postmortem.jira.gadget.truncated')));
                }
                var report = element('a', AJS.I18n.getText('postmortem.jira.gadget.report'), 'postmortem-status-report');
                report.href = AJS.contextPath() + '/projects/' + encodeURIComponent(body.projectKey)
                    + '?selectedItem=' + encodeURIComponent(REPORT_ITEM);
                item.appendChild(element('p')).appendChild(report);
                return null;
            });
        }).catch(function () {
            item.appendChild(message('error', AJS.I18n.getText('postmortem.jira.gadget.failed')));
        }).then(function () {
            item.setAttribute('aria-busy', 'false');
            call(api, 'hideLoadingBar');
            call(api, 'resize');
        });
    };

    /* The project picker: the projects the viewer may browse, from Jira's own REST API. */
    StatusItem.prototype.renderEdit = function (context, preferences) {
        var api = this.api;
        var root = $(context)[0];
        root.textContent = '';
        var form = element('form', null, 'aui postmortem-status-edit');
        form.setAttribute('aria-busy', 'true');
        var id = 'postmortem-status-project-' + Math.random().toString(36).slice(2);
        var field = element('div', null, 'field-group');
        var label = element('label', AJS.I18n.getText('postmortem.jira.gadget.project'));
        label.setAttribute('for', id);
        var select = element('select', null, 'select');
        select.id = id;
        select.name = 'projectKey';
        field.appendChild(label);
        field.appendChild(select);
        form.appendChild(field);
        var buttons = element('div', null, 'buttons-container');
        var save = element('button', AJS.I18n.getText('postmortem.jira.gadget.save'), 'aui-button aui-button-primary');
        save.type = 'submit';
        buttons.appendChild(save);
        form.appendChild(buttons);
        root.appendChild(form);
        getJson(AJS.contextPath() + '/rest/api/2/project').then(function (answer) {
            (answer.ok && Array.isArray(answer.body) ? answer.body : []).forEach(function (project) {
                var option = element('option', project.name + ' (' + project.key + ')');
                option.value = project.key;
                option.selected = preferences && preferences.projectKey === project.key;
                select.appendChild(option);
            });
        }).catch(function () {
            // An empty list: the form still says what to choose.
        }).then(function () {
            form.setAttribute('aria-busy', 'false');
            call(api, 'resize');
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (select.value) {
                call(api, 'savePreferences', {projectKey: select.value});
            }
        });
    };

    return StatusItem;
});
