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
        if (select.value) {
            document.cookie = COOKIE + '=' + encodeURIComponent(select.value) + '; path=/; SameSite=Lax';
        } else {
            document.cookie = COOKIE + '=; path=/; SameSite=Lax; Max-Age=0';
        }
        window.location.reload();
    });
}());
