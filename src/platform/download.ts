/** Saves text as a file through the browser's download, from memory: nothing is sent anywhere. */
export function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
