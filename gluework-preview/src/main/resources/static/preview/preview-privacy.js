/*
 * The report page's per-person privacy control (issue 11), shown to a project's administrators only. It sends the
 * choice as the REST API expects every state change: PUT, JSON, the XSRF header, from the page's own origin; then
 * reloads, so the report below is rendered again under the new setting. No inline handlers: the page's CSP forbids them.
 */
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.classList.contains('preview-privacy')) {
            return;
        }
        event.preventDefault();
        var status = form.querySelector('.preview-privacy-status');
        var choice = form.querySelector('select').value;
        fetch('/rest/gluework/1.0/projects/' + encodeURIComponent(form.getAttribute('data-project-key')) + '/privacy', {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify({perPersonFigures: choice})
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return null;
            }
            return response.json().then(function (error) {
                status.textContent = 'Not saved: ' + ((error.errors && error.errors[0] && error.errors[0].message) || response.status);
            });
        }).catch(function () {
            status.textContent = 'Not saved: the server did not answer.';
        });
    });
}());
