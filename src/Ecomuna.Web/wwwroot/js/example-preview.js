// Shows the Markdown preview while the author types; without JavaScript the Preview button does the same.
(function () {
    const form = document.getElementById('example-form');
    const body = document.getElementById('Input_Body');
    const preview = document.getElementById('preview');
    const output = document.getElementById('preview-output');
    if (!form || !body || !preview || !output || !window.fetch) {
        return;
    }

    const url = new URL(form.getAttribute('action') || window.location.href, window.location.href);
    url.searchParams.set('handler', 'Render');
    let timer;
    body.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(async function () {
            const response = await fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
            if (response.ok) {
                output.innerHTML = await response.text();
                preview.hidden = false;
            }
        }, 600);
    });
})();
