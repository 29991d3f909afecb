/**
 * Takes the user to the first error under Checks (the header's "Cannot run" button): the
 * sidebar is opened by the caller; this waits for the list to be drawn, then scrolls the
 * error into view and puts the focus on it (its "go to step" button when it has one), so
 * the keyboard and a screen reader land there too.
 */

/** Frames to wait for the sidebar to mount after it is opened (it renders in one or two). */
const FRAMES_TO_WAIT = 10;

export function showFirstError(framesLeft = FRAMES_TO_WAIT): void {
  const error = document.querySelector<HTMLElement>('.findings .finding--error');
  if (!error) {
    if (framesLeft > 0) requestAnimationFrame(() => showFirstError(framesLeft - 1));
    return;
  }
  const target = error.querySelector<HTMLElement>('.finding__go') ?? error;
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
}
