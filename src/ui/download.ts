// Save text as a file the user downloads: a Blob and an <a download>, no network, no downloads permission.
export function saveFile(name: string, text: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not now: Firefox starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
