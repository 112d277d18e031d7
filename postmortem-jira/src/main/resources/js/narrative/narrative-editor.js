/*
 * Structured editor for the "Debrief narrative" custom field.
 *
 * The field's edit template renders a <textarea class="pm-narrative-json"> holding the narrative JSON; that
 * textarea is what the form submits. This script hides it and shows a form (sections, personal accounts and
 * timeline rows that can be added and removed, failure class) that writes every change back into it, so the
 * server always validates exactly what the user sees. Fields the form does not know are kept as they are.
 * The form is a compact outline (docs/adr/0009): each section and each list item collapses to a one-line summary
 * behind a disclosure button; collapsing only hides fields, so nothing typed is lost.
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
        participantDisplayName: AJS.I18n.getText('postmortem.jira.narrative.path.participantDisplayName'),
        role: AJS.I18n.getText('postmortem.jira.narrative.path.role'),
        whatTheySawAndKnew: AJS.I18n.getText('postmortem.jira.narrative.path.whatTheySawAndKnew'),
        whatTheyDid: AJS.I18n.getText('postmortem.jira.narrative.path.whatTheyDid'),
        whyItMadeSense: AJS.I18n.getText('postmortem.jira.narrative.path.whyItMadeSense'),
        whatWouldHaveHelped: AJS.I18n.getText('postmortem.jira.narrative.path.whatWouldHaveHelped'),
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
        lintUnavailable: AJS.I18n.getText('postmortem.jira.narrative.editor.lintUnavailable'),
        addImpact: AJS.I18n.getText('postmortem.jira.narrative.editor.addImpact'),
        addLearned: AJS.I18n.getText('postmortem.jira.narrative.editor.addLearned'),
        impactTimes: AJS.I18n.getText('postmortem.jira.narrative.editor.impactTimes'),
        entriesOne: AJS.I18n.getText('postmortem.jira.narrative.editor.entriesOne'),
        accountsOne: AJS.I18n.getText('postmortem.jira.narrative.editor.accountsOne'),
        factorsOne: AJS.I18n.getText('postmortem.jira.narrative.editor.factorsOne'),
        nothingYet: AJS.I18n.getText('postmortem.jira.narrative.editor.nothingYet'),
        emptyItem: AJS.I18n.getText('postmortem.jira.narrative.editor.emptyItem'),
        unnamed: AJS.I18n.getText('postmortem.jira.narrative.editor.unnamed'),
        edit: AJS.I18n.getText('postmortem.jira.narrative.editor.edit')
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
        (this.refreshers || []).forEach(function (refresh) {
            refresh();
        });
    };

    /*
     * The form as a compact outline: each section is one line (its title and a summary such as "Timeline — 4
     * entries") with a disclosure button, and within the lists each item (timeline entry, account, factor) is one
     * line with Edit and Remove. Collapsing only hides fields (the hidden attribute): they and the model stay, so
     * nothing typed is lost. What is open is remembered across renders (Add and Remove render again).
     */
    Editor.prototype.render = function () {
        var form = this.form;
        var model = this.model;
        var self = this;
        form.textContent = '';
        this.refreshers = [];
        this.open = this.open || {summary: true};
        this.itemOpen = this.itemOpen || {};

        this.section('summary', LABELS.summary, function () {
            return snippet(model.summary);
        }, null, function (body) {
            body.appendChild(self.textArea(LABELS.summary, model, 'summary'));
        });

        var impact = model.impact = model.impact || {};
        this.section('impact', LABELS.impact, function () {
            return [impact.severity, snippet(impact.description)].filter(Boolean).join(' \u00b7 ')
                || (blank(impact) ? '' : LABELS.impactTimes);
        }, {label: LABELS.addImpact}, function (body) {
            body.appendChild(self.dateTime(LABELS.start, impact, 'start'));
            body.appendChild(self.dateTime(LABELS.detectedAt, impact, 'detectedAt'));
            body.appendChild(self.dateTime(LABELS.end, impact, 'end'));
            body.appendChild(self.textInput(LABELS.severity, impact, 'severity'));
            body.appendChild(self.textArea(LABELS.description, impact, 'description'));
        });

        model.timeline = model.timeline || [];
        // No time of its own: "now" is almost never when the event happened, and would pass unnoticed.
        var addEntry = function () {
            model.timeline.push({text: ''});
        };
        this.section('timeline', LABELS.timeline, function () {
            var entries = model.timeline.length;
            return entries === 1 ? LABELS.entriesOne
                : entries ? AJS.I18n.getText('postmortem.jira.narrative.editor.entriesMany', entries) : '';
        }, {label: LABELS.addEntry, add: addEntry}, function (body) {
            model.timeline.forEach(function (entry, index) {
                body.appendChild(self.item('timeline', 'div', 'pm-narrative-row', model.timeline, index, function () {
                    return [when(entry.time), snippet(entry.text)].filter(Boolean).join(' \u2014 ');
                }, AJS.I18n.getText('postmortem.jira.narrative.editor.editEntry', index + 1),
                AJS.I18n.getText('postmortem.jira.narrative.editor.removeEntry', index + 1), function (fields) {
                    fields.appendChild(self.dateTime(LABELS.time, entry, 'time'));
                    fields.appendChild(self.textArea(LABELS.entryText, entry, 'text'));
                }));
            });
            body.appendChild(self.addButton(LABELS.addEntry, 'timeline', addEntry));
        });

        model.accounts = model.accounts || [];
        var addAccount = function () {
            model.accounts.push({participantUserKey: '', participantDisplayName: '', role: '',
                whatTheySawAndKnew: '', whatTheyDid: '', whyItMadeSense: ''});
        };
        this.section('accounts', LABELS.accounts, function () {
            var names = self.participantNames();
            var accounts = model.accounts.length;
            var count = accounts === 1 ? LABELS.accountsOne
                : AJS.I18n.getText('postmortem.jira.narrative.editor.accountsMany', accounts);
            // Who has written and who has not: an account without any answer is awaited from its participant.
            var written = model.accounts.filter(function (account) {
                return ['whatTheySawAndKnew', 'whatTheyDid', 'whyItMadeSense', 'whatWouldHaveHelped']
                    .some(function (key) { return typeof account[key] === 'string' && account[key].trim(); });
            }).length;
            var progress = accounts
                ? ' \u00b7 ' + AJS.I18n.getText('postmortem.jira.narrative.editor.accountsWritten', written, accounts)
                : '';
            if (!names.length) {
                return accounts ? count + progress : '';
            }
            var shown = names.slice(0, 2).join(', ') + (accounts > 2 ? ', \u2026' : '');
            return AJS.I18n.getText('postmortem.jira.narrative.editor.accountsLine', accounts, shown) + progress;
        }, {label: LABELS.addAccount, add: addAccount}, function (body) {
            model.accounts.forEach(function (account, index) {
                body.appendChild(self.item('accounts', 'fieldset', 'pm-narrative-account', model.accounts, index,
                    function () {
                        return [account.participantDisplayName || LABELS.unnamed, account.role]
                            .filter(Boolean).join(' \u2014 ');
                    }, AJS.I18n.getText('postmortem.jira.narrative.editor.editAccount', index + 1),
                    AJS.I18n.getText('postmortem.jira.narrative.editor.removeAccount', index + 1), function (fields) {
                        // The user key is kept in the JSON but not shown: choosing a suggested name sets it.
                        fields.appendChild(self.participantInput(account));
                        fields.appendChild(self.textInput(LABELS.role, account, 'role'));
                        fields.appendChild(self.textArea(LABELS.whatTheySawAndKnew, account, 'whatTheySawAndKnew'));
                        fields.appendChild(self.textArea(LABELS.whatTheyDid, account, 'whatTheyDid'));
                        fields.appendChild(self.textArea(LABELS.whyItMadeSense, account, 'whyItMadeSense'));
                        fields.appendChild(self.textArea(LABELS.whatWouldHaveHelped, account, 'whatWouldHaveHelped'));
                    }));
            });
            body.appendChild(self.addButton(LABELS.addAccount, 'accounts', addAccount));
        });

        model.contributingFactors = model.contributingFactors || [];
        var addFactor = function () {
            model.contributingFactors.push('');
        };
        this.section('factors', LABELS.factors, function () {
            var factors = model.contributingFactors.length;
            return factors === 1 ? LABELS.factorsOne
                : factors ? AJS.I18n.getText('postmortem.jira.narrative.editor.factorsMany', factors) : '';
        }, {label: LABELS.addFactor, add: addFactor}, function (body) {
            model.contributingFactors.forEach(function (factor, index) {
                body.appendChild(self.item('factors', 'div', 'pm-narrative-row', model.contributingFactors, index,
                    function () {
                        return snippet(model.contributingFactors[index]);
                    }, AJS.I18n.getText('postmortem.jira.narrative.editor.editFactor', index + 1),
                    AJS.I18n.getText('postmortem.jira.narrative.editor.removeFactor', index + 1), function (fields) {
                        fields.appendChild(self.textArea(LABELS.factor + ' ' + (index + 1),
                            model.contributingFactors, index));
                    }));
            });
            body.appendChild(self.addButton(LABELS.addFactor, 'factors', addFactor));
        });

        this.section('learned', LABELS.learned, function () {
            return snippet(model.whatWeLearned);
        }, {label: LABELS.addLearned}, function (body) {
            body.appendChild(self.textArea(LABELS.learned, model, 'whatWeLearned'));
        });

        form.appendChild(this.failureClassSelect());
        this.sync();
    };

    /* The first line of a text, shortened to fit one summary line. */
    function snippet(value) {
        var line = String(value || '').trim().split('\n')[0].trim();
        return line.length > 80 ? line.substring(0, 79).trim() + '\u2026' : line;
    }

    /* An instant as a short date and time in the page's language and the browser's time zone. */
    function when(iso) {
        var date = iso ? new Date(iso) : null;
        if (!date || isNaN(date.getTime())) {
            return '';
        }
        try {
            return date.toLocaleString(document.documentElement.lang || undefined,
                {dateStyle: 'medium', timeStyle: 'short'});
        } catch (e) {
            return toLocalInput(iso).replace('T', ' ');
        }
    }

    /*
     * One section: a group named by its title, with a head line holding the disclosure button (title and summary
     * line) and, while the section is empty and closed, its "Add …" action; below it the section's fields. No
     * fieldset and legend: AUI's form.aui lays legends out as left-hand labels, which a one-line outline cannot
     * use. Sections start closed except "What happened"; an empty one's "Add …" opens it, adds a first item where
     * it is a list, and puts the focus there.
     */
    Editor.prototype.section = function (name, title, describe, start, fill) {
        var self = this;
        var group = el('div', 'pm-narrative-group');
        group.setAttribute('data-section', name);
        group.setAttribute('role', 'group');
        var head = el('div', 'pm-narrative-head');
        var toggle = el('button', 'pm-narrative-toggle');
        toggle.type = 'button';
        var titleNode = el('span', 'pm-narrative-title', title);
        titleNode.id = uniqueId();
        group.setAttribute('aria-labelledby', titleNode.id);
        toggle.appendChild(titleNode);
        var line = el('span', 'pm-narrative-line');
        toggle.appendChild(line);
        head.appendChild(toggle);
        var body = el('div', 'pm-narrative-body');
        body.id = uniqueId();
        toggle.setAttribute('aria-controls', body.id);
        var startButton = null;
        if (start) {
            startButton = el('button', 'aui-button aui-button-link pm-narrative-start', start.label);
            startButton.type = 'button';
            head.appendChild(startButton);
        }
        group.appendChild(head);
        fill(body);
        group.appendChild(body);
        this.form.appendChild(group);

        var show = function (open) {
            self.open[name] = open;
            toggle.setAttribute('aria-expanded', String(open));
            body.hidden = !open;
            refresh();
        };
        var refresh = function () {
            var text = describe();
            line.textContent = ' \u2014 ' + (text || LABELS.nothingYet);
            if (startButton) {
                startButton.hidden = Boolean(text) || Boolean(self.open[name]);
            }
        };
        toggle.addEventListener('click', function () {
            show(!self.open[name]);
        });
        if (startButton) {
            startButton.addEventListener('click', function () {
                if (start.add) {
                    self.addTo(name, start.add);
                    return;
                }
                show(true);
                var field = body.querySelector('input, textarea, select');
                if (field) {
                    field.focus();
                }
            });
        }
        this.refreshers.push(refresh);
        show(Boolean(this.open[name]));
    };

    /*
     * One item of a list section: a line with its summary, Edit (a disclosure button for its fields) and Remove.
     * Items start closed; a new one starts open.
     */
    Editor.prototype.item = function (section, tag, className, list, index, describe, editName, removeName, fill) {
        var self = this;
        var open = this.itemOpen[section] = this.itemOpen[section] || [];
        var box = el(tag, className + ' pm-narrative-item');
        var head = el('div', 'pm-narrative-item-head');
        var line = el('span', 'pm-narrative-item-line');
        var edit = el('button', 'aui-button aui-button-link pm-narrative-edit', LABELS.edit);
        edit.type = 'button';
        edit.setAttribute('aria-label', editName);
        var fields = el('div', 'pm-narrative-item-fields');
        fields.id = uniqueId();
        edit.setAttribute('aria-controls', fields.id);
        head.appendChild(line);
        head.appendChild(edit);
        head.appendChild(this.removeButton(list, index, removeName));
        box.appendChild(head);
        fill(fields);
        box.appendChild(fields);

        var show = function (isOpen) {
            open[index] = isOpen;
            edit.setAttribute('aria-expanded', String(isOpen));
            fields.hidden = !isOpen;
        };
        edit.addEventListener('click', function () {
            show(!open[index]);
        });
        this.refreshers.push(function () {
            line.textContent = describe() || LABELS.emptyItem;
        });
        show(Boolean(open[index]));
        return box;
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
     * The participant's name, with suggestions from Jira's user picker: choosing a suggestion also sets the user
     * key, which is what the narrative stores (names change, keys do not). The key itself is not shown.
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
        return this.form.querySelectorAll('[data-section="' + section + '"] .pm-narrative-item');
    };

    /* Keyboard focus after Add: the first field of the new (open) row, so the user writes on where they are. */
    Editor.prototype.addButton = function (label, section, add) {
        var self = this;
        var button = el('button', 'aui-button aui-button-link pm-narrative-add', label);
        button.type = 'button';
        button.addEventListener('click', function () {
            self.addTo(section, add);
        });
        return button;
    };

    /* Adds an item to a list section, which opens (with the new item open) whichever button was used. */
    Editor.prototype.addTo = function (section, add) {
        add();
        this.open[section] = true;
        var open = this.itemOpen[section] = this.itemOpen[section] || [];
        open[this.rows(section).length] = true;
        this.render();
        var rows = this.rows(section);
        var field = rows.length
            && rows[rows.length - 1].querySelector('.pm-narrative-item-fields input, .pm-narrative-item-fields textarea');
        if (field) {
            field.focus();
        }
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
            var section = button.closest('[data-section]').getAttribute('data-section');
            list.splice(index, 1);
            (self.itemOpen[section] || []).splice(index, 1);
            self.render();
            var rows = self.rows(section);
            var row = rows[Math.min(index, rows.length - 1)];
            var next = row ? row.querySelector('.pm-narrative-remove')
                : self.form.querySelector('[data-section="' + section + '"] .pm-narrative-add');
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
