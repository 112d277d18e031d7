/*
 * Process report page: reads the project's rows for the period in the page's address (or the default period) from
 * GET /rest/postmortem/1.0/process-report/{projectKey}, fills the rows table and each chart's table for screen
 * readers, and draws the charts with Chart.js (bundled in the same web-resource, see ADR 0022). Colours are read
 * from the page's design tokens (--ds-chart-*, --ds-text-*, --ds-border) and read again when Jira switches the
 * colour theme. No animation: the charts are read, not watched, and a reduced-motion user gets the same page.
 * Error texts come translated from the server. While it works, the report body is aria-busy.
 */
(function () {
    'use strict';

    var REST = '/rest/postmortem/1.0/process-report/';
    var charts = [];

    function token(name, fallback) {
        var value = window.getComputedStyle(document.documentElement).getPropertyValue(name);
        return value && value.trim() ? value.trim() : fallback;
    }

    function palette() {
        return {
            text: token('--ds-text-subtle', '#44546f'),
            grid: token('--ds-border', '#091e4224'),
            soak: token('--ds-chart-gray-bold', '#8590a2'),
            firstCommit: token('--ds-chart-blue-bold', '#1d7afc'),
            committed: token('--ds-chart-green-bold', '#22a06b'),
            dropped: token('--ds-chart-purple-bold', '#8f7ee7'),
            undecided: token('--ds-chart-yellow-bold', '#b38600'),
            overrides: token('--ds-chart-orange-bold', '#e56910'),
            classes: [token('--ds-chart-blue-bold', '#1d7afc'), token('--ds-chart-teal-bold', '#2898bd'),
                token('--ds-chart-magenta-bold', '#cd519d'), token('--ds-chart-gray-bold', '#8590a2')]
        };
    }

    function language() {
        return document.documentElement.lang || undefined;
    }

    function dateTime(iso) {
        if (!iso) {
            return '—';
        }
        return new Intl.DateTimeFormat(language(), {dateStyle: 'short', timeStyle: 'short'}).format(new Date(iso));
    }

    function hours(value) {
        return value === null || value === undefined ? '—'
            : new Intl.NumberFormat(language(), {maximumFractionDigits: 1}).format(value);
    }

    function month(value) {
        var parts = value.split('-');
        return new Intl.DateTimeFormat(language(), {year: 'numeric', month: 'short', timeZone: 'UTC'})
            .format(new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1)));
    }

    function failureClassName(name) {
        switch (name) {
            case 'CONTROLLABLE': return AJS.I18n.getText('postmortem.narrative.failureClass.CONTROLLABLE');
            case 'NOVEL': return AJS.I18n.getText('postmortem.narrative.failureClass.NOVEL');
            case 'EXTERNAL_DEPENDENCY': return AJS.I18n.getText('postmortem.narrative.failureClass.EXTERNAL_DEPENDENCY');
            default: return AJS.I18n.getText('postmortem.summary.failureClass.notSet');
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

    function message(root, kind, text) {
        var box = element('div', null, 'aui-message aui-message-' + kind);
        if (kind === 'error') {
            box.setAttribute('role', 'alert');
        }
        box.appendChild(element('p', text));
        root.querySelector('.postmortem-report-messages').appendChild(box);
    }

    /* A table of label and value columns: what a chart shows, for screen readers. */
    function fillTable(table, headings, rows) {
        var head = table.querySelector('thead');
        var body = table.querySelector('tbody');
        head.textContent = '';
        body.textContent = '';
        var tr = element('tr');
        headings.forEach(function (heading) {
            var th = element('th', heading);
            th.setAttribute('scope', 'col');
            tr.appendChild(th);
        });
        head.appendChild(tr);
        rows.forEach(function (cells) {
            var row = element('tr');
            cells.forEach(function (cell, index) {
                var node = element(index === 0 ? 'th' : 'td', cell);
                if (index === 0) {
                    node.setAttribute('scope', 'row');
                }
                row.appendChild(node);
            });
            body.appendChild(row);
        });
    }

    function rowsTable(root, postmortems) {
        var body = root.querySelector('.postmortem-report-rows tbody');
        body.textContent = '';
        postmortems.forEach(function (row) {
            var tr = element('tr');
            var keyCell = element('td');
            var link = element('a', row.key);
            link.href = AJS.contextPath() + '/browse/' + encodeURIComponent(row.key);
            keyCell.appendChild(link);
            tr.appendChild(keyCell);
            [dateTime(row.debriefHeldAt), dateTime(row.soakEndedAt), dateTime(row.firstCommitAt)].forEach(function (text) {
                tr.appendChild(element('td', text));
            });
            [row.proposed, row.committed, row.dropped, row.undecided, row.overrides].forEach(function (count) {
                tr.appendChild(element('td', count, 'postmortem-report-number'));
            });
            tr.appendChild(element('td', failureClassName(row.failureClass)));
            body.appendChild(tr);
        });
    }

    function figure(root, name) {
        return root.querySelector('.postmortem-report-chart[data-chart="' + name + '"]');
    }

    /* Shown instead of a chart that would have nothing to draw; its table still says it. */
    function nothingToDraw(root, name, text) {
        var place = figure(root, name).querySelector('.postmortem-report-canvas');
        place.textContent = '';
        place.classList.add('postmortem-report-canvas-empty');
        place.appendChild(element('p', text, 'postmortem-report-none'));
    }

    function axes(colours, stacked) {
        var axis = {ticks: {color: colours.text, precision: 0}, grid: {color: colours.grid}, stacked: stacked};
        return {x: Object.assign({}, axis, {grid: {display: false}}), y: Object.assign({}, axis, {beginAtZero: true})};
    }

    function options(colours, withAxes) {
        var base = {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: {legend: {position: 'bottom', labels: {color: colours.text, boxWidth: 12}}}
        };
        if (withAxes) {
            base.scales = axes(colours, false);
        }
        return base;
    }

    function draw(root, name, config) {
        if (!window.Chart) {
            // The library did not load: the tables still say everything.
            return;
        }
        var canvas = figure(root, name).querySelector('canvas');
        var chart = new window.Chart(canvas, config);
        chart.postmortemColours = config.postmortemColours;
        charts.push(chart);
    }

    function firstCommitChart(root, data, colours) {
        var rows = data.postmortems;
        fillTable(figure(root, 'firstCommit').querySelector('table'), [
            AJS.I18n.getText('postmortem.jira.report.col.key'),
            AJS.I18n.getText('postmortem.jira.report.series.soak'),
            AJS.I18n.getText('postmortem.jira.report.series.firstCommit')
        ], rows.map(function (row) { return [row.key, hours(row.soakHours), hours(row.hoursToFirstCommit)]; }));
        if (!rows.some(function (row) { return row.soakHours !== null || row.hoursToFirstCommit !== null; })) {
            nothingToDraw(root, 'firstCommit', AJS.I18n.getText('postmortem.jira.report.chart.firstCommit.none'));
            return;
        }
        var chartOptions = options(colours, true);
        chartOptions.scales.y.title = {display: true, text: AJS.I18n.getText('postmortem.jira.report.axis.hours'),
            color: colours.text};
        draw(root, 'firstCommit', {
            type: 'bar',
            data: {
                labels: rows.map(function (row) { return row.key; }),
                datasets: [
                    {label: AJS.I18n.getText('postmortem.jira.report.series.soak'),
                        data: rows.map(function (row) { return row.soakHours; }), backgroundColor: colours.soak},
                    {label: AJS.I18n.getText('postmortem.jira.report.series.firstCommit'),
                        data: rows.map(function (row) { return row.hoursToFirstCommit; }),
                        backgroundColor: colours.firstCommit}
                ]
            },
            options: chartOptions,
            postmortemColours: function (c) { return [[c.soak], [c.firstCommit]]; }
        });
    }

    function decisionsChart(root, data, colours) {
        var actions = data.actions;
        var labels = [AJS.I18n.getText('postmortem.jira.report.col.committed'),
            AJS.I18n.getText('postmortem.jira.report.col.dropped'),
            AJS.I18n.getText('postmortem.jira.report.col.undecided')];
        var values = [actions.committed, actions.dropped, actions.undecided];
        var share = function (value) {
            return actions.proposed === 0 ? '—'
                : new Intl.NumberFormat(language(), {style: 'percent', maximumFractionDigits: 0}).format(value / actions.proposed);
        };
        fillTable(figure(root, 'decisions').querySelector('table'), [
            AJS.I18n.getText('postmortem.jira.report.col.state'),
            AJS.I18n.getText('postmortem.jira.report.col.actions'),
            AJS.I18n.getText('postmortem.jira.report.col.share')
        ], [[AJS.I18n.getText('postmortem.jira.report.col.proposed'), actions.proposed, share(actions.proposed)]]
            .concat(labels.map(function (label, index) { return [label, values[index], share(values[index])]; })));
        if (actions.proposed === 0) {
            nothingToDraw(root, 'decisions', AJS.I18n.getText('postmortem.jira.report.chart.decisions.none'));
            return;
        }
        var chartOptions = options(colours, false);
        chartOptions.plugins.title = {display: true, position: 'bottom', color: colours.text,
            text: AJS.I18n.getText('postmortem.jira.report.chart.decisions.total', actions.proposed)};
        draw(root, 'decisions', {
            type: 'doughnut',
            data: {labels: labels, datasets: [{data: values, borderWidth: 0,
                backgroundColor: [colours.committed, colours.dropped, colours.undecided]}]},
            options: chartOptions,
            postmortemColours: function (c) { return [[c.committed, c.dropped, c.undecided]]; }
        });
    }

    function overridesChart(root, data, colours) {
        var months = data.overridesByMonth;
        fillTable(figure(root, 'overrides').querySelector('table'), [
            AJS.I18n.getText('postmortem.jira.report.col.month'),
            AJS.I18n.getText('postmortem.jira.report.col.overrides')
        ], months.map(function (entry) { return [month(entry.month), entry.overrides]; }));
        var chartOptions = options(colours, true);
        chartOptions.plugins.legend.display = false;
        draw(root, 'overrides', {
            type: 'bar',
            data: {
                labels: months.map(function (entry) { return month(entry.month); }),
                datasets: [{label: AJS.I18n.getText('postmortem.jira.report.col.overrides'),
                    data: months.map(function (entry) { return entry.overrides; }), backgroundColor: colours.overrides}]
            },
            options: chartOptions,
            postmortemColours: function (c) { return [[c.overrides]]; }
        });
    }

    function failureClassChart(root, data, colours) {
        var classes = data.failureClasses;
        var labels = classes.map(function (entry) { return failureClassName(entry.failureClass); });
        fillTable(figure(root, 'failureClasses').querySelector('table'), [
            AJS.I18n.getText('postmortem.jira.report.col.failureClass'),
            AJS.I18n.getText('postmortem.jira.report.col.postmortems')
        ], classes.map(function (entry, index) { return [labels[index], entry.postmortems]; }));
        var chartOptions = options(colours, false);
        draw(root, 'failureClasses', {
            type: 'doughnut',
            data: {labels: labels, datasets: [{data: classes.map(function (entry) { return entry.postmortems; }),
                borderWidth: 0, backgroundColor: colours.classes.slice(0, classes.length)}]},
            options: chartOptions,
            postmortemColours: function (c) { return [c.classes.slice(0, classes.length)]; }
        });
    }

    /* Jira switches the theme on the open page: every colour is read again from the tokens. */
    function recolour() {
        var colours = palette();
        charts.forEach(function (chart) {
            var sets = chart.postmortemColours(colours);
            chart.data.datasets.forEach(function (dataset, index) {
                dataset.backgroundColor = sets[index].length === 1 ? sets[index][0] : sets[index];
            });
            var plugins = chart.options.plugins;
            plugins.legend.labels.color = colours.text;
            if (plugins.title) {
                plugins.title.color = colours.text;
            }
            Object.keys(chart.options.scales || {}).forEach(function (id) {
                var scale = chart.options.scales[id];
                scale.ticks.color = colours.text;
                if (scale.grid && scale.grid.display !== false) {
                    scale.grid.color = colours.grid;
                }
                if (scale.title) {
                    scale.title.color = colours.text;
                }
            });
            chart.update('none');
        });
    }

    function render(root, data) {
        var body = root.querySelector('.postmortem-report-body');
        if (data.truncated) {
            message(root, 'warning', AJS.I18n.getText('postmortem.jira.report.truncated', data.limit));
        }
        if (data.postmortems.length === 0) {
            message(root, 'info', AJS.I18n.getText('postmortem.jira.report.empty', data.from, data.to));
            return;
        }
        body.querySelector('.postmortem-report-charts').classList.remove('hidden');
        body.querySelector('.postmortem-report-rows').classList.remove('hidden');
        body.querySelector('.postmortem-report-rows-heading').classList.remove('hidden');
        rowsTable(root, data.postmortems);
        var colours = palette();
        if (window.Chart) {
            window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
        }
        [firstCommitChart, decisionsChart, overridesChart, failureClassChart].forEach(function (chart) {
            chart(root, data, colours);
        });
    }

    function showErrors(root, body, fallback) {
        var errors = body && Array.isArray(body.errors) ? body.errors : [];
        var general = [];
        errors.forEach(function (error) {
            var place = error.field && root.querySelector('.error[data-field="' + error.field + '"]');
            if (place) {
                place.textContent = error.message;
                root.querySelector('input[name="' + error.field + '"]').setAttribute('aria-invalid', 'true');
            } else if (error.message) {
                general.push(error.message);
            }
        });
        message(root, 'error', general.length ? general.join(' ')
            : errors.length ? AJS.I18n.getText('postmortem.jira.report.periodInvalid') : fallback);
    }

    function start(root) {
        var key = root.getAttribute('data-project-key');
        var form = root.querySelector('form.postmortem-report-period');
        if (!key || !form) {
            return;
        }
        var query = new URLSearchParams(window.location.search);
        var from = query.get('from') || root.getAttribute('data-default-from');
        var to = query.get('to') || root.getAttribute('data-default-to');
        form.querySelector('input[name="from"]').value = from;
        form.querySelector('input[name="to"]').value = to;
        var period = '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
        var url = AJS.contextPath() + REST + encodeURIComponent(key);
        root.querySelector('.postmortem-report-csv').href = url + '/csv' + period;
        var body = root.querySelector('.postmortem-report-body');
        var done = function () {
            body.querySelector('.postmortem-report-loading').classList.add('hidden');
            body.setAttribute('aria-busy', 'false');
        };
        var failed = AJS.I18n.getText('postmortem.jira.report.failed');
        fetch(url + period, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () { return null; }).then(function (json) {
                    if (response.ok && json) {
                        render(root, json);
                    } else {
                        root.querySelector('.postmortem-report-csv').classList.add('hidden');
                        showErrors(root, json, failed);
                    }
                });
            })
            .catch(function () {
                message(root, 'error', failed);
            })
            .then(done);
    }

    function init() {
        var root = document.getElementById('postmortem-process-report');
        if (root) {
            start(root);
            new MutationObserver(recolour).observe(document.documentElement,
                {attributes: true, attributeFilter: ['data-color-mode', 'data-theme']});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
