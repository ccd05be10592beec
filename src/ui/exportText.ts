// Exporting a saved game's stored text exactly as it is (so a damaged or newer-version save can be kept outside the browser).

/** A safe file name for a storage key: "multi-vector-kept-2.json". */
export const exportFileName = (key: string): string => `multi-vector-${key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'save'}.json`;

/** Offers `text` as a downloaded file (a Blob link: nothing leaves the machine). */
export function exportText(key: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(key);
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
