// A table wider than the screen scrolls sideways inside its container. Keyboard users can only scroll what they
// can focus (WCAG 2.1.1), so a container that overflows gets a tab stop, the region role and a name; one that fits
// again loses them, so narrow tables add no extra tab stops.
(() => {
    const containers = '.mud-table-container';
    const fallbackName = 'Tabell, rullas i sidled';

    const overflows = el => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;

    const update = el => {
        const marked = 'scrollRegion' in el.dataset;
        if (overflows(el) && !marked) {
            el.dataset.scrollRegion = '';
            el.setAttribute('tabindex', '0');
            el.setAttribute('role', 'region');
            el.setAttribute('aria-label', el.closest('[data-scroll-label]')?.dataset.scrollLabel ?? fallbackName);
        } else if (!overflows(el) && marked) {
            delete el.dataset.scrollRegion;
            ['tabindex', 'role', 'aria-label'].forEach(a => el.removeAttribute(a));
        }
    };

    let queued = false;
    const scan = () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
            queued = false;
            document.querySelectorAll(containers).forEach(update);
        });
    };

    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    addEventListener('resize', scan);
    scan();
})();
