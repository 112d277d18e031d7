/*
 * "Create postmortem" on an incident: opens a dialog, reads the proposal from
 * GET /rest/postmortem/1.0/incident/{issueKey}/postmortem and renders the form (or, when the incident has a postmortem
 * already, a link to it). The writer edits the project, summary, impact, participants and the rows seeded from the
 * incident; Create sends the form as JSON (POST, the REST XSRF check passes JSON and a cross-site form cannot send it)
 * and opens the new postmortem. A seeded row that is sent unchanged keeps its original time and text, so the server
 * keeps it as recorded by Jira; an edited row becomes the writer's. Error texts come translated from the server and
 * are shown next to the field they name. Every text from the server is set as text, never as HTML.
 * A page element .postmortem-incident[data-proposal] is rendered on load (used by the screen tests).
 */
(function () {
    'use strict';

    var counter = 0;

    function el(tag, attrs, children) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) {
            if (attrs[name] === null || attrs[name] === undefined || attrs[name] === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = attrs[name];
            } else if (name === 'className') {
                node.className = attrs[name];
            } else {
                node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
            }
        });
        (children || []).forEach(function (child) {
            if (child) {
                node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            }
        });
        return node;
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    /** An ISO instant as the value of a datetime-local input (the browser's zone, to the second). */
    function localValue(iso) {
        if (!iso) {
            return '';
        }
        var d = new Date(iso);
        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours())
            + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
    }

    /** The instant a datetime-local input holds, or the original ISO text when the writer left it as proposed. */
    function instantOf(input) {
        if (!input.value) {
            return null;
        }
        var original = input.getAttribute('data-original');
        var d = new Date(input.value);
        // The input holds whole seconds (and a browser drops ":00"): compare moments, not texts.
        if (original && Math.floor(new Date(original).getTime() / 1000) * 1000 === d.getTime()) {
            return original;
        }
        return isNaN(d.getTime()) ? input.value : d.toISOString();
    }

    function errorBox(name) {
        return el('div', {className: 'error postmortem-incident-error hidden', 'data-error-for': name, id: uid('err')});
    }

    function uid(prefix) {
        counter += 1;
        return 'postmortem-incident-' + prefix + '-' + counter;
    }

    function field(label, input, name, hint) {
        var hintNode = hint ? el('div', {className: 'description', id: uid('hint'), text: hint}) : null;
        var error = errorBox(name);
        input.id = input.id || uid(name);
        input.setAttribute('aria-describedby', (hintNode ? hintNode.id + ' ' : '') + error.id);
        return el('div', {className: 'field-group'}, [el('label', {'for': input.id, text: label}), input, hintNode,
            error]);
    }

    function row(data, index) {
        var recorded = !!data.ref;
        var time = el('input', {type: 'datetime-local', step: '1', className: 'text postmortem-incident-time',
            value: localValue(data.time), 'data-original': data.time || null,
            'aria-label': AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.time', index + 1)});
        var text = el('textarea', {className: 'textarea postmortem-incident-text', rows: '2',
            'data-original': recorded ? data.text : null,
            'aria-label': AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.text', index + 1)});
        text.value = data.text || '';
        var source = recorded
            ? el('span', {className: 'postmortem-incident-source'}, [
                el('span', {className: 'aui-lozenge aui-lozenge-subtle',
                    text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.recorded')}),
                data.actor ? ' ' + data.actor : null,
                data.commentPath ? ' ' : null,
                data.commentPath ? el('a', {href: AJS.contextPath() + data.commentPath, target: '_blank',
                    rel: 'noopener', text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.comment')}) : null])
            : el('span', {className: 'postmortem-incident-source',
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.written')});
        var remove = el('button', {type: 'button', className: 'aui-button aui-button-subtle postmortem-incident-remove',
            'aria-label': AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.remove', index + 1)}, [
            el('span', {className: 'aui-icon aui-icon-small aui-iconfont-trash', 'aria-hidden': 'true'})]);
        return el('li', {className: 'postmortem-incident-row', 'data-ref': data.ref || ''}, [
            el('div', {className: 'postmortem-incident-row-main'}, [time, text, remove]), source,
            el('div', {className: 'error postmortem-incident-error hidden', 'data-row-error': ''})]);
    }

    function renderExisting(container, data) {
        var existing = data.existing;
        container.appendChild(el('div', {className: 'aui-message aui-message-info'}, [
            el('p', {text: existing.hidden
                ? AJS.I18n.getText('postmortem.jira.incident.dialog.existing.hidden', data.incidentKey)
                : AJS.I18n.getText('postmortem.jira.incident.dialog.existing', data.incidentKey)}),
            existing.hidden ? null : el('p', {}, [el('a', {className: 'aui-button aui-button-primary',
                href: AJS.contextPath() + existing.path,
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.existing.open', existing.key)})])]));
    }

    function renderForm(container, data) {
        var p = data.proposal;
        var form = el('form', {className: 'aui postmortem-incident-form', 'data-issue-key': data.incidentKey,
            novalidate: true});
        form.appendChild(el('div', {className: 'aui-message aui-message-error hidden postmortem-incident-general',
            role: 'alert'}));

        var project = el('select', {className: 'select', name: 'projectKey'});
        project.appendChild(el('option', {value: '', text: AJS.I18n.getText('postmortem.jira.incident.dialog.project.choose')}));
        p.projects.forEach(function (option) {
            project.appendChild(el('option', {value: option.key, selected: option.key === p.projectKey,
                text: option.name + ' (' + option.key + ')'}));
        });
        form.appendChild(field(AJS.I18n.getText('postmortem.jira.incident.dialog.project'), project, 'projectKey',
            p.projects.length ? null : AJS.I18n.getText('postmortem.jira.incident.dialog.project.none')));

        var summary = el('input', {type: 'text', className: 'text long-field', name: 'summary', maxlength: '255',
            value: p.summary});
        form.appendChild(field(AJS.I18n.getText('postmortem.jira.incident.dialog.summary'), summary, 'summary'));

        var start = el('input', {type: 'datetime-local', step: '1', className: 'text', name: 'impactStart',
            value: localValue(p.impactStart), 'data-original': p.impactStart});
        var end = el('input', {type: 'datetime-local', step: '1', className: 'text', name: 'impactEnd',
            value: localValue(p.impactEnd), 'data-original': p.impactEnd});
        form.appendChild(field(AJS.I18n.getText('postmortem.jira.incident.dialog.impactStart'), start, 'impactStart'));
        form.appendChild(field(AJS.I18n.getText('postmortem.jira.incident.dialog.impactEnd'), end, 'impactEnd',
            AJS.I18n.getText('postmortem.jira.incident.dialog.impactEnd.hint') + ' '
                + AJS.I18n.getText('postmortem.jira.incident.dialog.impact.hint')));

        var people = el('fieldset', {className: 'group postmortem-incident-participants'}, [
            el('legend', {}, [el('span', {text: AJS.I18n.getText('postmortem.jira.incident.dialog.participants')})]),
            el('div', {className: 'description', text: p.participants.length
                ? AJS.I18n.getText('postmortem.jira.incident.dialog.participants.hint')
                : AJS.I18n.getText('postmortem.jira.incident.dialog.participants.none')})]);
        p.participants.forEach(function (person) {
            var box = el('input', {type: 'checkbox', className: 'checkbox', name: 'participants',
                value: person.userKey, checked: true, id: uid('person')});
            people.appendChild(el('div', {className: 'checkbox'}, [box,
                el('label', {'for': box.id, text: person.displayName})]));
        });
        people.appendChild(errorBox('participants'));
        form.appendChild(people);

        var list = el('ol', {className: 'postmortem-incident-rows'});
        p.timeline.forEach(function (data, index) {
            list.appendChild(row(data, index));
        });
        var timeline = el('fieldset', {className: 'group postmortem-incident-timeline'}, [
            el('legend', {}, [el('span', {text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline')})]),
            el('div', {className: 'description', text: p.timeline.length
                ? AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.hint')
                : AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.none')}),
            p.timelineTruncated ? el('div', {className: 'aui-message aui-message-warning'}, [el('p', {
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.truncated', p.timelineMaxRows)})]) : null,
            list,
            el('button', {type: 'button', className: 'aui-button postmortem-incident-add',
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.timeline.add')}),
            errorBox('timeline')]);
        form.appendChild(timeline);

        form.appendChild(el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [
            el('button', {type: 'submit', className: 'aui-button aui-button-primary',
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.create')}),
            el('button', {type: 'button', className: 'aui-button aui-button-link postmortem-incident-cancel',
                text: AJS.I18n.getText('postmortem.jira.incident.dialog.cancel')})])]));
        container.appendChild(form);
        return form;
    }

    /** Renders the answer of the GET into the container: the form, or the incident's existing postmortem. */
    function render(container, data) {
        container.textContent = '';
        var title = el('h2', {className: 'postmortem-incident-title', id: uid('title'),
            text: AJS.I18n.getText('postmortem.jira.incident.dialog.title', data.incidentKey)});
        container.appendChild(title);
        container.setAttribute('aria-labelledby', title.id);
        if (data.existing) {
            renderExisting(container, data);
            return null;
        }
        return renderForm(container, data);
    }

    /** The request body: what the writer kept, rows in form order. */
    function collect(form) {
        return {
            projectKey: form.querySelector('[name="projectKey"]').value,
            summary: form.querySelector('[name="summary"]').value,
            impactStart: instantOf(form.querySelector('[name="impactStart"]')),
            impactEnd: instantOf(form.querySelector('[name="impactEnd"]')),
            participants: Array.prototype.map.call(form.querySelectorAll('[name="participants"]:checked'),
                function (box) { return box.value; }),
            timeline: Array.prototype.map.call(form.querySelectorAll('.postmortem-incident-row'), function (item) {
                var text = item.querySelector('.postmortem-incident-text');
                var original = text.getAttribute('data-original');
                return {
                    time: instantOf(item.querySelector('.postmortem-incident-time')),
                    text: original !== null && text.value.trim() === original.trim() ? original : text.value,
                    ref: item.getAttribute('data-ref') || null
                };
            })
        };
    }

    /** Shows the API's errors ({"errors": [{"message", "field"}]}) next to their fields, the rest on top. */
    function showErrors(form, body, fallback) {
        Array.prototype.forEach.call(form.querySelectorAll('.postmortem-incident-error'), function (box) {
            box.textContent = '';
            box.classList.add('hidden');
        });
        var general = form.querySelector('.postmortem-incident-general');
        general.textContent = '';
        general.classList.add('hidden');
        var errors = body && Array.isArray(body.errors) ? body.errors : [];
        if (!errors.length) {
            errors = [{message: fallback}];
        }
        var rows = form.querySelectorAll('.postmortem-incident-row');
        errors.forEach(function (error) {
            var name = error.field || '';
            var match = /^timeline\[(\d+)\]/.exec(name);
            var box = match && rows[Number(match[1])]
                ? rows[Number(match[1])].querySelector('[data-row-error]')
                : form.querySelector('[data-error-for="' + name.replace(/[^A-Za-z]/g, '') + '"]');
            if (!box || !name) {
                box = general;
            }
            box.appendChild(el('p', {text: error.message}));
            box.classList.remove('hidden');
        });
    }

    function submit(form) {
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        fetch(AJS.contextPath() + '/rest/postmortem/1.0/incident/' + encodeURIComponent(form.getAttribute('data-issue-key'))
            + '/postmortem', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(collect(form))
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (body) {
                if (response.status === 201 && body) {
                    if (!body.linked) {
                        window.alert(AJS.I18n.getText('postmortem.jira.incident.dialog.notLinked'));
                    }
                    window.location.assign(AJS.contextPath() + body.path);
                    return;
                }
                button.disabled = false;
                showErrors(form, body, AJS.I18n.getText('postmortem.jira.incident.dialog.failed'));
            });
        }, function () {
            button.disabled = false;
            showErrors(form, null, AJS.I18n.getText('postmortem.jira.incident.dialog.failed'));
        });
    }

    function open(issueKey) {
        var content = el('div', {className: 'aui-dialog2-content postmortem-incident', role: 'document'}, [
            el('p', {text: AJS.I18n.getText('postmortem.jira.incident.dialog.loading')})]);
        var dialog = el('section', {className: 'aui-dialog2 aui-dialog2-large aui-layer', role: 'dialog',
            'aria-hidden': 'true'}, [content]);
        document.body.appendChild(dialog);
        var handle = AJS.dialog2(dialog);
        handle.on('hide', function () {
            dialog.parentNode.removeChild(dialog);
        });
        handle.show();
        fetch(AJS.contextPath() + '/rest/postmortem/1.0/incident/' + encodeURIComponent(issueKey) + '/postmortem', {
            credentials: 'same-origin', headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.json().then(function (body) {
                if (!response.ok) {
                    throw body;
                }
                dialog.setAttribute('aria-labelledby', '');
                render(content, body);
                dialog.setAttribute('aria-labelledby', content.getAttribute('aria-labelledby'));
            });
        }).catch(function (body) {
            content.textContent = '';
            var errors = body && Array.isArray(body.errors) ? body.errors : [];
            content.appendChild(el('div', {className: 'aui-message aui-message-error', role: 'alert'},
                (errors.length ? errors : [{message: AJS.I18n.getText('postmortem.jira.incident.dialog.failed')}])
                    .map(function (error) { return el('p', {text: error.message}); })));
        });
        dialog.addEventListener('click', function (event) {
            if (event.target.closest && event.target.closest('.postmortem-incident-cancel')) {
                handle.hide();
            }
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target && event.target.closest ? event.target : null;
        if (!target) {
            return;
        }
        var trigger = target.closest('.postmortem-create-trigger');
        if (trigger) {
            event.preventDefault();
            var key = (trigger.getAttribute('href') || '').split('/browse/')[1] || '';
            open(decodeURIComponent(key.split(/[?#]/)[0]));
            return;
        }
        var remove = target.closest('.postmortem-incident-remove');
        if (remove) {
            var item = remove.closest('.postmortem-incident-row');
            var list = item.parentNode;
            item.parentNode.removeChild(item);
            var next = list.querySelector('.postmortem-incident-text');
            if (next) {
                next.focus();
            }
            return;
        }
        var add = target.closest('.postmortem-incident-add');
        if (add) {
            var rows = add.parentNode.querySelector('.postmortem-incident-rows');
            var added = row({time: new Date().toISOString(), text: ''}, rows.children.length);
            rows.appendChild(added);
            added.querySelector('.postmortem-incident-text').focus();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.classList && form.classList.contains('postmortem-incident-form')) {
            event.preventDefault();
            submit(form);
        }
    });

    function renderInPage() {
        Array.prototype.forEach.call(document.querySelectorAll('.postmortem-incident[data-proposal]'), function (node) {
            if (node.getAttribute('data-rendered')) {
                return;
            }
            node.setAttribute('data-rendered', 'true');
            var form = render(node, JSON.parse(node.getAttribute('data-proposal')));
            if (form && node.getAttribute('data-errors')) {
                showErrors(form, JSON.parse(node.getAttribute('data-errors')), '');
            }
        });
    }

    window.PostmortemIncident = {render: render, collect: collect, showErrors: showErrors};
    // Elements already in the page are rendered at once (the script comes after them), the rest on DOM ready.
    renderInPage();
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', renderInPage);
    }
}());
