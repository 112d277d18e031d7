/*
 * Soak panel: sends the override form as JSON to POST /rest/postmortem/1.0/soak/{issueKey}/override and reloads
 * the page on success (the condition then shows the transition). JSON only: the REST XSRF check passes it, and
 * it cannot be forged by a cross-site HTML form. Error texts come translated from the server. The form starts
 * collapsed behind a button (the sidebar is narrow); the button opens it and moves focus to the reason.
 */
(function () {
    'use strict';

    // The API's error body is {"status": 400, "errors": [{"key", "message", "field"}]}, messages translated.
    function errorText(body, fallback) {
        var messages = body && Array.isArray(body.errors)
            ? body.errors.map(function (error) { return error && error.message; }).filter(Boolean)
            : [];
        return messages.length ? messages.join(' ') : fallback;
    }

    function showError(form, text) {
        var box = form.querySelector('.postmortem-soak-override-error');
        box.textContent = text;
        box.classList.remove('hidden');
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target && event.target.closest
            ? event.target.closest('.postmortem-soak-override-toggle') : null;
        if (!toggle) {
            return;
        }
        var form = document.getElementById(toggle.getAttribute('aria-controls'));
        if (!form) {
            return;
        }
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        form.classList.toggle('hidden', !open);
        if (open) {
            form.querySelector('textarea[name="reason"]').focus();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('postmortem-soak-override')) {
            return;
        }
        event.preventDefault();
        var reason = form.querySelector('textarea[name="reason"]').value.trim();
        var button = form.querySelector('button[type="submit"]');
        var url = AJS.contextPath() + '/rest/postmortem/1.0/soak/'
            + encodeURIComponent(form.getAttribute('data-issue-key')) + '/override';
        button.disabled = true;
        fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({reason: reason})
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return null;
            }
            return response.json().then(function (body) {
                showError(form, errorText(body, form.getAttribute('data-error-text')));
            });
        }).catch(function () {
            showError(form, form.getAttribute('data-error-text'));
        }).finally(function () {
            button.disabled = false;
        });
    });
}());
