/** Without a configured site URL, webcal links are made absolute from the page's own address. */
export function absoluteWebcal(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-webcal]')) {
    a.href = `webcal://${location.host}${new URL(a.href).pathname}`;
  }
}
