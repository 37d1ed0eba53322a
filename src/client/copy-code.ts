// A "Copy" button on each code block of a runbook. Without JavaScript there is no button, and the
// code can be selected and copied by hand as usual.

/**
 * Wraps each `.markdown pre` in a `.code-block` with a copy button in its corner; the button copies the
 * code's text, not its colours. The wrapper carries the block's margins, so that the button is placed
 * against the block's own border box and never across its border (see .code-block in site.css).
 */
export function addCopyButtons(root: ParentNode): void {
  for (const pre of root.querySelectorAll<HTMLPreElement>('.markdown pre')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy this code');
    button.addEventListener('click', () => {
      const done = (label: string) => {
        button.textContent = label;
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      };
      navigator.clipboard?.writeText(pre.textContent ?? '').then(
        () => done('Copied'),
        () => done('Select and copy'),
      ) ?? done('Select and copy');
    });
    const block = document.createElement('div');
    block.className = 'code-block';
    pre.before(block);
    block.append(pre, button);
  }
}
