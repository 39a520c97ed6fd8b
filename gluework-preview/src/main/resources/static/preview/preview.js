/*
 * The preview's user switcher. PREVIEW ONLY: the cookie names a demo user and is all the "login" there is; the
 * server accepts it for demo users only. Jira and Confluence authenticate for real.
 *
 * All behaviour lives here, none in the page's markup: the pages' Content-Security-Policy allows scripts only from
 * the preview's own files, so an inline handler (onsubmit="…") would be blocked and reported (docs/decisions.md).
 */
(function () {
    'use strict';
    var COOKIE = 'gluework_user';

    function isSwitcher(element) {
        return element instanceof HTMLFormElement && element.classList.contains('preview-user-switcher');
    }

    // Choosing a user is the whole action; the form only exists for AUI's layout and must never be sent.
    document.addEventListener('submit', function (event) {
        if (isSwitcher(event.target)) {
            event.preventDefault();
        }
    });

    document.addEventListener('change', function (event) {
        var select = event.target;
        if (!(select instanceof HTMLSelectElement) || select.id !== 'preview-user') {
            return;
        }
        // "Nobody" is stored explicitly: with no cookie at all, a page visit would act as the team lead again.
        var value = select.value || 'anonymous';
        document.cookie = COOKIE + '=' + encodeURIComponent(value) + '; path=/; SameSite=Lax';
        window.location.reload();
    });
}());
