/*
 * The preview's user switcher. PREVIEW ONLY: the cookie names a demo user and is all the "login" there is; the
 * server accepts it for demo users only. Jira and Confluence authenticate for real.
 */
(function () {
    'use strict';
    var COOKIE = 'gluework_user';

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
