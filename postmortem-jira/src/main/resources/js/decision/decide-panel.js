/*
 * Decision after the soak (templates/jira/decision/decide-panel.vm): per action commit / drop with a reason /
 * keep proposed, bulk choices for the selected rows, sent as JSON to POST /rest/postmortem/1.0/decision/{key}.
 * JSON only: the REST XSRF check passes it, and a cross-site HTML form cannot send it. Texts come translated from
 * data attributes and the server; every message is set as text, never as markup. Nothing typed is lost on an
 * error: rows Jira refused keep their choice and reason and show the translated problem; applied rows say so.
 * When every sent decision was applied the page reloads, so the panel and the action states are current.
 */
(function () {
    'use strict';

    function rows(panel) {
        return Array.prototype.slice.call(panel.querySelectorAll('tr.pm-decide-row'));
    }

    function choiceOf(row) {
        var checked = row.querySelector('input[type="radio"]:checked');
        return checked ? checked.value : 'KEEP';
    }

    function setChoice(row, choice) {
        var radio = row.querySelector('input[type="radio"][value="' + choice + '"]');
        if (radio) {
            radio.checked = true;
            showReason(row);
        }
    }

    function reasonOf(row) {
        return row.querySelector('.pm-decide-reason textarea');
    }

    function showReason(row) {
        var drop = choiceOf(row) === 'DROP';
        row.querySelector('.pm-decide-reason').classList.toggle('hidden', !drop);
        reasonOf(row).required = drop;
    }

    function rowError(row, text) {
        var box = row.querySelector('.pm-decide-row-error');
        box.textContent = text || '';
        box.classList.toggle('hidden', !text);
        var reason = reasonOf(row);
        if (text) {
            reason.setAttribute('aria-invalid', 'true');
        } else {
            reason.removeAttribute('aria-invalid');
        }
    }

    function formError(panel, text) {
        var box = panel.querySelector('.pm-decide-error');
        box.textContent = text || '';
        box.classList.toggle('hidden', !text);
    }

    // The API's error body is {"status", "errors": [{"key", "message", "field"}]}, messages translated.
    function errorsOf(body) {
        return body && Array.isArray(body.errors) ? body.errors.filter(Boolean) : [];
    }

    function panelOf(node) {
        return node && node.closest ? node.closest('.pm-decide') : null;
    }

    function selected(panel) {
        return rows(panel).filter(function (row) {
            var box = row.querySelector('.pm-decide-select');
            return box && box.checked;
        });
    }

    document.addEventListener('change', function (event) {
        var target = event.target;
        var panel = panelOf(target);
        if (!panel) {
            return;
        }
        if (target.type === 'radio') {
            var row = target.closest('tr.pm-decide-row');
            showReason(row);
            rowError(row, '');
        } else if (target.classList.contains('pm-decide-select-all')) {
            rows(panel).forEach(function (each) {
                var box = each.querySelector('.pm-decide-select');
                if (box) {
                    box.checked = target.checked;
                }
            });
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('.pm-decide-bulk-choice') : null;
        var panel = panelOf(button);
        if (!panel) {
            return;
        }
        var chosen = selected(panel);
        if (!chosen.length) {
            formError(panel, panel.getAttribute('data-select-text'));
            return;
        }
        formError(panel, '');
        var choice = button.getAttribute('data-choice');
        var bulkReason = panel.querySelector('.pm-decide-bulk-reason textarea').value;
        chosen.forEach(function (row) {
            setChoice(row, choice);
            rowError(row, '');
            // One reason for all: filled in where none was typed, never over a reason typed for the row.
            if (choice === 'DROP' && bulkReason.trim() && !reasonOf(row).value.trim()) {
                reasonOf(row).value = bulkReason;
            }
        });
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('pm-decide-form')) {
            return;
        }
        event.preventDefault();
        var panel = panelOf(form);
        var sent = [];
        var missingReason = false;
        formError(panel, '');
        rows(panel).forEach(function (row) {
            rowError(row, '');
            var choice = choiceOf(row);
            if (choice === 'KEEP' || row.getAttribute('data-applied') === 'true') {
                return;
            }
            var decision = {actionId: Number(row.getAttribute('data-action-id')), choice: choice};
            if (choice === 'DROP') {
                decision.reason = reasonOf(row).value.trim();
                if (!decision.reason) {
                    rowError(row, panel.getAttribute('data-reason-text'));
                    missingReason = true;
                    return;
                }
            }
            sent.push({row: row, decision: decision});
        });
        if (missingReason) {
            return;
        }
        if (!sent.length) {
            formError(panel, panel.getAttribute('data-nothing-text'));
            return;
        }
        var button = form.querySelector('.pm-decide-submit');
        button.disabled = true;
        var url = AJS.contextPath() + '/rest/postmortem/1.0/decision/'
            + encodeURIComponent(panel.getAttribute('data-postmortem-key'));
        fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({decisions: sent.map(function (each) { return each.decision; })})
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (body) {
                if (response.ok && body && Array.isArray(body.results)) {
                    showResults(panel, sent, body.results);
                } else {
                    showProblems(panel, sent, errorsOf(body));
                }
            });
        }).catch(function () {
            formError(panel, panel.getAttribute('data-failed-text'));
        }).finally(function () {
            button.disabled = false;
        });
    });

    function showResults(panel, sent, results) {
        var allApplied = true;
        results.forEach(function (result) {
            var entry = sent.filter(function (each) { return each.decision.actionId === result.actionId; })[0];
            if (!entry) {
                return;
            }
            if (result.applied) {
                entry.row.setAttribute('data-applied', 'true');
                entry.row.classList.add('pm-decide-row--applied');
                var status = entry.row.querySelector('.pm-decide-row-error');
                status.classList.remove('hidden', 'error');
                status.removeAttribute('role');
                status.textContent = panel.getAttribute('data-applied-text');
                entry.row.querySelectorAll('input, textarea').forEach(function (input) { input.disabled = true; });
            } else {
                allApplied = false;
                rowError(entry.row, result.message);
            }
        });
        if (allApplied) {
            window.location.reload();
        }
    }

    // A 400 names each problem's decision ("decisions[2].reason"); the rest concern the request as a whole.
    function showProblems(panel, sent, errors) {
        var general = [];
        errors.forEach(function (error) {
            var match = /^decisions\[(\d+)\]/.exec(error.field || '');
            var entry = match ? sent[Number(match[1])] : null;
            if (entry) {
                rowError(entry.row, error.message);
            } else if (error.message) {
                general.push(error.message);
            }
        });
        if (general.length || !errors.length) {
            formError(panel, general.length ? general.join(' ') : panel.getAttribute('data-failed-text'));
        }
    }
}());
