import { useEffect } from 'react';

/**
 * Keeps the app's root visible to screen readers whenever no modal dialog is in the page.
 *
 * Fluent's modal dialogs hide everything outside them (tabster sets `aria-hidden="true"` on
 * the siblings of the dialog's portal, #root among them) and undo it in a pass debounced by
 * 250 ms after the dialog goes. When the board is replaced inside that window (the "Demo as"
 * person changes just as a dialog closes: the dialog's trigger and the focus vanish with the
 * old board), that pass leaves #root hidden, and with it the whole app, until a reload. So the
 * board restates the rule itself: no modal open, no hidden root.
 */
export function useRootStaysAccessible(dialogOpen: boolean): void {
  useEffect(() => {
    if (dialogOpen) return;
    const root = document.getElementById('root');
    if (!root) return;
    const reveal = () => {
      const modalInPage = document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"]');
      if (root.getAttribute('aria-hidden') === 'true' && !modalInPage) root.removeAttribute('aria-hidden');
    };
    const observer = new MutationObserver(reveal);
    observer.observe(root, { attributes: true, attributeFilter: ['aria-hidden'] });
    reveal();
    return () => observer.disconnect();
  }, [dialogOpen]);
}
