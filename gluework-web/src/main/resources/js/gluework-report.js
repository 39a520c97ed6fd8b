/*
 * Glue Work sprint report: the board and sprint pickers reload the page on change. Without JavaScript the form's
 * "Show" button does the same; this script only saves the click. Changing the board drops the sprint, so the new
 * board opens on its own default sprint. No texts, no HTML: everything shown is rendered by the server.
 */
(function () {
    'use strict';

    function init(picker) {
        var board = picker.querySelector('.gluework-report-board');
        var sprint = picker.querySelector('.gluework-report-sprint');
        if (board) {
            board.addEventListener('change', function () {
                if (sprint) {
                    sprint.disabled = true; // a disabled control is not submitted
                }
                picker.submit();
            });
        }
        if (sprint) {
            sprint.addEventListener('change', function () {
                picker.submit();
            });
        }
    }

    function initAll() {
        var pickers = document.querySelectorAll('form.gluework-report-picker');
        for (var i = 0; i < pickers.length; i++) {
            init(pickers[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());
