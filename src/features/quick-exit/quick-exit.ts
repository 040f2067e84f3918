import { countShiftPresses } from './count-shift-presses.ts';
import { quickExitEvent } from './quick-exit-event.ts';

/**
 * Leaves the page for the neutral site at once: hides everything (from screen readers too),
 * clears the title, tells islands to wipe what they hold, and replaces the history entry so
 * Back does not return here.
 */
export function exitTo(url: string): void {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  window.dispatchEvent(new Event(quickExitEvent));
  window.location.replace(url);
}

/**
 * Makes every quick-exit link on the page (`[data-quick-exit]`, including those an island adds
 * later) and Shift pressed three times leave at once. `status` announces the presses still
 * needed, as GOV.UK's "Exit this page" does.
 */
export function startQuickExit({ url, status, messages }: { url: string; status: HTMLElement; messages: { two: string; one: string } }): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-quick-exit]') : null;
    if (!link) return;
    event.preventDefault();
    exitTo(url);
  });

  const presses = countShiftPresses();
  let clearStatus: ReturnType<typeof setTimeout> | undefined;
  const announce = () => {
    const left = presses.remaining();
    status.textContent = left === 2 ? messages.two : left === 1 ? messages.one : '';
    clearTimeout(clearStatus);
    // The count lapses after a second without a press; so does the message.
    if (left > 0) clearStatus = setTimeout(() => (status.textContent = ''), 1000);
  };
  document.addEventListener('keydown', (event) => {
    if (event.repeat) return;
    const before = presses.remaining();
    presses.down(event.key, event.timeStamp);
    if (before !== presses.remaining()) announce();
  });
  document.addEventListener('keyup', (event) => {
    if (presses.up(event.key, event.timeStamp).exit) exitTo(url);
    else if (event.key === 'Shift') announce();
  });

  // A page brought back from the back/forward cache could still show answers or the blank
  // exit screen: load it afresh instead.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
}
