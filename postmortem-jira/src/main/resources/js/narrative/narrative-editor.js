/*
 * Structured editor for the "Debrief narrative" custom field.
 *
 * The field's edit template renders a <textarea class="pm-narrative-json"> holding the narrative JSON; that
 * textarea is what the form submits. This script hides it and shows a form (sections, personal accounts and
 * timeline rows that can be added and removed, failure class) that writes every change back into it, so the
 * server always validates exactly what the user sees. Fields the form does not know are kept as they are.
 * While someone types in a free-text field, the blameless-language check runs on the server (debounced) and its
 * hints appear under that field. Values are only ever set with textContent/value, never as HTML.
 * If the stored text is not readable JSON or its sections have the wrong types (e.g. after a rejected submission),
 * the textarea stays visible. Tests: src/test/js (Node's test runner and jsdom, run by the module's Maven build).
 */
(function ($) {
    'use strict';

    var LINT_DELAY_MS = 600;
    var FAILURE_CLASSES = ['CONTROLLABLE', 'NOVEL', 'EXTERNAL_DEPENDENCY'];

    // Literal AJS.I18n.getText('...') calls: the jsI18n transformer replaces exactly these with the user's texts.
    var LABELS = {
        summary: AJS.I18n.getText('postmortem.jira.narrative.path.summary'),
        impact: AJS.I18n.getText('postmortem.jira.narrative.section.impact'),
        start: AJS.I18n.getText('postmortem.jira.narrative.path.start'),
        end: AJS.I18n.getText('postmortem.jira.narrative.path.end'),
        detectedAt: AJS.I18n.getText('postmortem.jira.narrative.path.detectedAt'),
        severity: AJS.I18n.getText('postmortem.jira.narrative.path.severity'),
        description: AJS.I18n.getText('postmortem.jira.narrative.path.description'),
        timeline: AJS.I18n.getText('postmortem.jira.narrative.section.timeline'),
        time: AJS.I18n.getText('postmortem.jira.narrative.path.time'),
        entryText: AJS.I18n.getText('postmortem.jira.narrative.path.text'),
        accounts: AJS.I18n.getText('postmortem.jira.narrative.section.accounts'),
        participantUserKey: AJS.I18n.getText('postmortem.jira.narrative.path.participantUserKey'),
        participantDisplayName: AJS.I18n.getText('postmortem.jira.narrative.path.participantDisplayName'),
        role: AJS.I18n.getText('postmortem.jira.narrative.path.role'),
        whatTheySawAndKnew: AJS.I18n.getText('postmortem.jira.narrative.path.whatTheySawAndKnew'),
        whatTheyDid: AJS.I18n.getText('postmortem.jira.narrative.path.whatTheyDid'),
        whyItMadeSense: AJS.I18n.getText('postmortem.jira.narrative.path.whyItMadeSense'),
        factors: AJS.I18n.getText('postmortem.jira.narrative.section.factors'),
        factor: AJS.I18n.getText('postmortem.jira.narrative.editor.factor'),
        learned: AJS.I18n.getText('postmortem.jira.narrative.path.whatWeLearned'),
        failureClass: AJS.I18n.getText('postmortem.jira.narrative.path.failureClass'),
        notDecided: AJS.I18n.getText('postmortem.jira.narrative.editor.failureClass.none'),
        CONTROLLABLE: AJS.I18n.getText('postmortem.narrative.failureClass.CONTROLLABLE'),
        NOVEL: AJS.I18n.getText('postmortem.narrative.failureClass.NOVEL'),
        EXTERNAL_DEPENDENCY: AJS.I18n.getText('postmortem.narrative.failureClass.EXTERNAL_DEPENDENCY'),
        addAccount: AJS.I18n.getText('postmortem.jira.narrative.editor.addAccount'),
        addEntry: AJS.I18n.getText('postmortem.jira.narrative.editor.addEntry'),
        addFactor: AJS.I18n.getText('postmortem.jira.narrative.editor.addFactor'),
        remove: AJS.I18n.getText('postmortem.jira.narrative.editor.remove'),
        localTime: AJS.I18n.getText('postmortem.jira.narrative.editor.localTime'),
        unreadable: AJS.I18n.getText('postmortem.jira.narrative.editor.unreadable'),
        hintsTitle: AJS.I18n.getText('postmortem.jira.narrative.findings.title'),
        lintUnavailable: AJS.I18n.getText('postmortem.jira.narrative.editor.lintUnavailable')
    };

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    /* ISO instant <-> value of <input type="datetime-local"> in the browser's time zone. */
    function toLocalInput(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return '';
        }
        var local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
        return local.toISOString().substring(0, 16);
    }

    function isObject(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value);
    }

    function absentOr(value, test) {
        return value === undefined || value === null || test(value);
    }

    function listOf(test) {
        return function (value) {
            return Array.isArray(value) && value.every(test);
        };
    }

    /*
     * Whether the form can show this JSON: an object whose sections have the types the form edits. Anything else
     * (e.g. a rejected REST submission with "timeline": "...") stays in the visible textarea, where the server's
     * problems point at it, instead of a form that hides the text and then fails half-way.
     */
    function editable(model) {
        return isObject(model)
            && absentOr(model.impact, isObject)
            && absentOr(model.timeline, listOf(isObject))
            && absentOr(model.accounts, listOf(isObject))
            && absentOr(model.contributingFactors, listOf(function (factor) {
                return factor === null || typeof factor === 'string';
            }));
    }

    /* Nothing written yet: only empty texts, lists and sections, and nothing the form does not know. */
    function blank(model) {
        return Object.keys(model).every(function (key) {
            var value = model[key];
            if (key === 'version' || value === '' || value === null || value === undefined) {
                return true;
            }
            if (Array.isArray(value)) {
                return value.length === 0;
            }
            return key === 'impact' && isObject(value) && blank(value);
        });
    }

    function fromLocalInput(value) {
        if (!value) {
            return undefined;
        }
        var date = new Date(value);
        return isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
    }

    var nextId = 0;

    /* A page-unique id, so that each label can name its field (label for=...). */
    function uniqueId() {
        nextId += 1;
        return 'pm-narrative-field-' + nextId;
    }

    function Editor(container) {
        this.container = container;
        this.json = container.querySelector('textarea.pm-narrative-json');
        this.lintUrl = AJS.contextPath() + '/rest/postmortem/1.0/narrative/lint';
    }

    Editor.prototype.start = function () {
        var raw = this.json.value.trim();
        try {
            this.model = raw === '' ? {version: 1} : JSON.parse(raw);
        } catch (e) {
            this.model = null;
        }
        if (!editable(this.model)) {
            var warning = el('div', 'aui-message aui-message-warning');
            warning.appendChild(el('p', null, LABELS.unreadable));
            this.container.insertBefore(warning, this.json);
            return;
        }
        this.model.version = this.model.version || 1;
        this.json.style.display = 'none';
        this.form = el('div', 'pm-narrative-form');
        this.container.appendChild(this.form);
        this.render();
    };

    /*
     * Writes the model into the submitted textarea. A narrative with nothing in it is written as empty text, which
     * the field stores as no value: opening the edit screen of an issue without a narrative must not give it one.
     */
    Editor.prototype.sync = function () {
        this.json.value = blank(this.model) ? '' : JSON.stringify(this.model);
    };

    Editor.prototype.render = function () {
        var form = this.form;
        var model = this.model;
        form.textContent = '';
        form.appendChild(this.textArea(LABELS.summary, model, 'summary'));

        var impact = model.impact = model.impact || {};
        var impactGroup = this.group(LABELS.impact);
        impactGroup.appendChild(this.dateTime(LABELS.start, impact, 'start'));
        impactGroup.appendChild(this.dateTime(LABELS.detectedAt, impact, 'detectedAt'));
        impactGroup.appendChild(this.dateTime(LABELS.end, impact, 'end'));
        impactGroup.appendChild(this.textInput(LABELS.severity, impact, 'severity'));
        impactGroup.appendChild(this.textArea(LABELS.description, impact, 'description'));
        form.appendChild(impactGroup);

        var self = this;
        model.timeline = model.timeline || [];
        var timelineGroup = this.group(LABELS.timeline, 'timeline');
        model.timeline.forEach(function (entry, index) {
            var row = el('div', 'pm-narrative-row');
            row.appendChild(self.dateTime(LABELS.time, entry, 'time'));
            row.appendChild(self.textArea(LABELS.entryText, entry, 'text'));
            row.appendChild(self.removeButton(model.timeline, index,
                AJS.I18n.getText('postmortem.jira.narrative.editor.removeEntry', index + 1)));
            timelineGroup.appendChild(row);
        });
        // No time of its own: "now" is almost never when the event happened, and would pass unnoticed.
        timelineGroup.appendChild(this.addButton(LABELS.addEntry, 'timeline', function () {
            model.timeline.push({text: ''});
        }));
        form.appendChild(timelineGroup);

        model.accounts = model.accounts || [];
        var accountsGroup = this.group(LABELS.accounts, 'accounts');
        model.accounts.forEach(function (account, index) {
            var box = el('fieldset', 'pm-narrative-account');
            box.appendChild(self.participantInput(account));
            box.appendChild(self.textInput(LABELS.participantUserKey, account, 'participantUserKey'));
            box.appendChild(self.textInput(LABELS.role, account, 'role'));
            box.appendChild(self.textArea(LABELS.whatTheySawAndKnew, account, 'whatTheySawAndKnew'));
            box.appendChild(self.textArea(LABELS.whatTheyDid, account, 'whatTheyDid'));
            box.appendChild(self.textArea(LABELS.whyItMadeSense, account, 'whyItMadeSense'));
            box.appendChild(self.removeButton(model.accounts, index,
                AJS.I18n.getText('postmortem.jira.narrative.editor.removeAccount', index + 1)));
            accountsGroup.appendChild(box);
        });
        accountsGroup.appendChild(this.addButton(LABELS.addAccount, 'accounts', function () {
            model.accounts.push({participantUserKey: '', participantDisplayName: '', role: '',
                whatTheySawAndKnew: '', whatTheyDid: '', whyItMadeSense: ''});
        }));
        form.appendChild(accountsGroup);

        model.contributingFactors = model.contributingFactors || [];
        var factorsGroup = this.group(LABELS.factors, 'factors');
        model.contributingFactors.forEach(function (factor, index) {
            var row = el('div', 'pm-narrative-row');
            row.appendChild(self.textArea(LABELS.factor + ' ' + (index + 1), model.contributingFactors, index));
            row.appendChild(self.removeButton(model.contributingFactors, index,
                AJS.I18n.getText('postmortem.jira.narrative.editor.removeFactor', index + 1)));
            factorsGroup.appendChild(row);
        });
        factorsGroup.appendChild(this.addButton(LABELS.addFactor, 'factors', function () {
            model.contributingFactors.push('');
        }));
        form.appendChild(factorsGroup);

        form.appendChild(this.textArea(LABELS.learned, model, 'whatWeLearned'));
        form.appendChild(this.failureClassSelect());
        this.sync();
    };

    /* A section; "group" makes AUI show its legend inside form.aui (AUI hides legends of other fieldsets there). */
    Editor.prototype.group = function (title, section) {
        var group = el('fieldset', 'group pm-narrative-group');
        if (section) {
            group.setAttribute('data-section', section);
        }
        group.appendChild(el('legend', null, title));
        return group;
    };

    Editor.prototype.field = function (label, control) {
        var wrapper = el('div', 'pm-narrative-field');
        var labelNode = el('label', null, label);
        control.id = uniqueId();
        labelNode.htmlFor = control.id;
        wrapper.appendChild(labelNode);
        wrapper.appendChild(control);
        return wrapper;
    };

    Editor.prototype.textInput = function (label, target, key) {
        var self = this;
        var input = el('input', 'text long-field');
        input.type = 'text';
        input.value = target[key] || '';
        input.addEventListener('input', function () {
            target[key] = input.value;
            self.sync();
        });
        return this.field(label, input);
    };

    /*
     * The participant's name, with suggestions from Jira's user picker: choosing a suggestion also fills in the
     * user key, which is what the narrative stores (names change, keys do not).
     */
    Editor.prototype.participantInput = function (account) {
        var self = this;
        var wrapper = this.textInput(LABELS.participantDisplayName, account, 'participantDisplayName');
        var input = wrapper.querySelector('input');
        var list = el('datalist');
        list.id = 'pm-participants-' + Math.random().toString(36).substring(2);
        input.setAttribute('list', list.id);
        input.setAttribute('autocomplete', 'off');
        wrapper.appendChild(list);
        // No prototype: a typed name such as "constructor" must not count as a suggestion.
        var users = Object.create(null);
        var timer = null;
        var asked = 0;
        input.addEventListener('input', function () {
            var chosen = users[input.value];
            if (chosen) {
                account.participantUserKey = chosen.key;
                var keyInput = wrapper.nextSibling && wrapper.nextSibling.querySelector('input');
                if (keyInput) {
                    keyInput.value = chosen.key;
                }
                self.sync();
                return;
            }
            clearTimeout(timer);
            // As for the hints: an older answer arriving late must not replace the suggestions for newer text.
            var question = ++asked;
            timer = setTimeout(function () {
                if (input.value.trim().length < 2) {
                    return;
                }
                $.ajax({
                    url: AJS.contextPath() + '/rest/api/2/user/picker',
                    data: {query: input.value.trim(), maxResults: 10},
                    dataType: 'json'
                }).done(function (answer) {
                    if (question !== asked) {
                        return;
                    }
                    list.textContent = '';
                    users = Object.create(null);
                    ((answer && answer.users) || []).forEach(function (user) {
                        users[user.displayName] = user;
                        var option = el('option');
                        option.value = user.displayName;
                        list.appendChild(option);
                    });
                });
            }, LINT_DELAY_MS);
        });
        return wrapper;
    };

    Editor.prototype.textArea = function (label, target, key) {
        var self = this;
        var area = el('textarea', 'textarea long-field');
        area.rows = 3;
        area.value = target[key] || '';
        var wrapper = this.field(label, area);
        var hints = el('div', 'pm-narrative-hints');
        hints.setAttribute('aria-live', 'polite');
        wrapper.appendChild(hints);
        var timer = null;
        var asked = 0;
        area.addEventListener('input', function () {
            target[key] = area.value;
            self.sync();
            clearTimeout(timer);
            var question = ++asked;
            timer = setTimeout(function () {
                self.lint(area.value, hints, function () {
                    return question === asked;
                });
            }, LINT_DELAY_MS);
        });
        return wrapper;
    };

    Editor.prototype.dateTime = function (label, target, key) {
        var self = this;
        var input = el('input', 'text medium-field');
        input.type = 'datetime-local';
        input.value = toLocalInput(target[key]);
        input.addEventListener('change', function () {
            var iso = fromLocalInput(input.value);
            if (iso) {
                target[key] = iso;
            } else {
                delete target[key];
            }
            self.sync();
        });
        return this.field(label + ' (' + LABELS.localTime + ')', input);
    };

    Editor.prototype.failureClassSelect = function () {
        var self = this;
        var select = el('select', 'select');
        var none = el('option', null, LABELS.notDecided);
        none.value = '';
        select.appendChild(none);
        FAILURE_CLASSES.forEach(function (name) {
            var option = el('option', null, LABELS[name]);
            option.value = name;
            option.selected = self.model.failureClass === name;
            select.appendChild(option);
        });
        select.addEventListener('change', function () {
            if (select.value) {
                self.model.failureClass = select.value;
            } else {
                delete self.model.failureClass;
            }
            self.sync();
        });
        return this.field(LABELS.failureClass, select);
    };

    /* The rows (timeline entries, accounts, factors) of a section after a render. */
    Editor.prototype.rows = function (section) {
        return this.form.querySelectorAll('[data-section="' + section + '"] > .pm-narrative-row, '
            + '[data-section="' + section + '"] > .pm-narrative-account');
    };

    /* Keyboard focus after Add: the first field of the new row, so the user writes on where they are. */
    Editor.prototype.addButton = function (label, section, add) {
        var self = this;
        var button = el('button', 'aui-button aui-button-link pm-narrative-add', label);
        button.type = 'button';
        button.addEventListener('click', function () {
            add();
            self.render();
            var rows = self.rows(section);
            var field = rows.length && rows[rows.length - 1].querySelector('input, textarea, select');
            if (field) {
                field.focus();
            }
        });
        return button;
    };

    /*
     * Remove, named after its row ("Remove timeline entry 2") so that the buttons are told apart. Keyboard focus
     * afterwards: the Remove button of the row that took its place, else of the row before, else the section's Add.
     */
    Editor.prototype.removeButton = function (list, index, name) {
        var self = this;
        var button = el('button', 'aui-button aui-button-link pm-narrative-remove', LABELS.remove);
        button.type = 'button';
        button.setAttribute('aria-label', name);
        button.addEventListener('click', function () {
            var section = button.parentNode.parentNode.getAttribute('data-section');
            list.splice(index, 1);
            self.render();
            var rows = self.rows(section);
            var row = rows[Math.min(index, rows.length - 1)];
            var next = row ? row.querySelector('.pm-narrative-remove')
                : self.form.querySelector('[data-section="' + section + '"] > .pm-narrative-add');
            if (next) {
                next.focus();
            }
        });
        return button;
    };

    /* The names of the narrative's participants: the coach reads them as people and never flags them. */
    Editor.prototype.participantNames = function () {
        var accounts = (this.model && this.model.accounts) || [];
        return accounts.map(function (account) {
            return account.participantDisplayName || '';
        }).filter(function (name) {
            return name.trim() !== '';
        });
    };

    /*
     * Asks the server for blame-language hints of one text and shows them under its field, unless the field has
     * changed since (isLatest): an older answer arriving late must not replace the hints of the newer text.
     */
    Editor.prototype.lint = function (value, hints, isLatest) {
        if (!value || !value.trim()) {
            hints.textContent = '';
            return;
        }
        $.ajax({
            url: this.lintUrl,
            type: 'POST',
            contentType: 'application/json',
            dataType: 'json',
            data: JSON.stringify({text: value, participants: this.participantNames()})
        }).done(function (answer) {
            if (!isLatest()) {
                return;
            }
            hints.textContent = '';
            var findings = (answer && answer.findings) || [];
            if (!findings.length) {
                return;
            }
            hints.appendChild(el('strong', null, LABELS.hintsTitle));
            var list = el('ul');
            findings.forEach(function (finding) {
                var item = el('li');
                item.appendChild(el('mark', null, finding.matchedText));
                item.appendChild(document.createTextNode(' ' + finding.message + ' '));
                item.appendChild(el('em', null, finding.question));
                list.appendChild(item);
            });
            hints.appendChild(list);
        }).fail(function () {
            if (!isLatest()) {
                return;
            }
            hints.textContent = LABELS.lintUnavailable;
        });
    };

    function startAll(root) {
        var scope = root && root.querySelectorAll ? root : document;
        Array.prototype.forEach.call(scope.querySelectorAll('.pm-narrative-editor:not(.pm-narrative-ready)'),
            function (container) {
                container.classList.add('pm-narrative-ready');
                new Editor(container).start();
            });
    }

    $(function () {
        startAll(document);
    });
    // Create/edit dialogs and inline edit insert the field later: start editors in new content too.
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (e, context) {
            startAll(context && context[0] ? context[0] : document);
        });
    }
}(AJS.$));
