/**
 * Saves a file on the person's device: a Blob URL and an `<a download>` in this page.
 * Nothing leaves the browser. The URL is revoked once the browser has taken the file.
 */
export function downloadFile(fileName: string, data: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (fileName: string, text: string, type: string) => downloadFile(fileName, text, type);
