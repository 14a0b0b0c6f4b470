/**
 * Copies text and says so: the button reads "Copied" for a moment and a live region
 * announces it. Falls back to selecting the text when the clipboard is unavailable.
 */
export async function copyText(text: string, button: HTMLButtonElement, status: HTMLElement, label: string): Promise<boolean> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = false;
  }
  button.textContent = ok ? 'Copied' : label;
  status.textContent = ok ? 'Copied to the clipboard.' : 'Could not copy: select the code and press Ctrl+C (⌘C on a Mac).';
  window.setTimeout(() => {
    button.textContent = label;
  }, 2500);
  return ok;
}
