/*
 * Project settings → Postmortem (templates/jira/settings/project-settings.vm). The form works without this script;
 * with it, only the fields of the chosen way of counting the soak show, and a holiday picked in AUI's date picker
 * (Jira's standard; the browser's own date input where AUI's is missing) is added to the holidays list, sorted and
 * once. Nothing is sent from here: the form posts with Jira's XSRF token like any Jira form.
 */
(function () {
    'use strict';

    var DATE = /^\d{4}-\d{2}-\d{2}$/;

    function showChosenMode(form) {
        var checked = form.querySelector('input[name="soakMode"]:checked');
        var mode = checked ? checked.value : '';
        Array.prototype.forEach.call(form.querySelectorAll('.postmortem-settings-mode'), function (group) {
            group.hidden = group.getAttribute('data-when') !== mode;
        });
    }

    /** The holidays text with one more date: one per line, sorted, each once. */
    function withHoliday(text, date) {
        var dates = text.split(/[\s,;]+/).filter(Boolean);
        if (dates.indexOf(date) < 0) {
            dates.push(date);
        }
        return dates.sort().join('\n');
    }

    function init(form) {
        Array.prototype.forEach.call(form.querySelectorAll('input[name="soakMode"]'), function (radio) {
            radio.addEventListener('change', function () {
                showChosenMode(form);
            });
        });
        showChosenMode(form);

        var pick = form.querySelector('#postmortem-holiday-pick');
        var add = form.querySelector('.postmortem-settings-holiday-add');
        var holidays = form.querySelector('#postmortem-holidays');
        if (!pick || !add || !holidays) {
            return;
        }
        if (window.AJS && typeof window.AJS.DatePicker === 'function') {
            window.AJS.DatePicker(pick, {overrideBrowserDefault: true});
            // AUI marks the field aria-expanded, which a plain text field may not carry; it opens a calendar
            // popup it controls, which is what a combobox is (ARIA 1.2).
            pick.setAttribute('role', 'combobox');
        }
        add.addEventListener('click', function () {
            var date = pick.value.trim();
            if (!DATE.test(date)) {
                pick.focus();
                return;
            }
            holidays.value = withHoliday(holidays.value, date);
            pick.value = '';
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('form.postmortem-settings-form'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
