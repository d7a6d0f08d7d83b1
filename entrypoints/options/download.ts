/**
 * Saves a file the page made (an export) on the reader's computer: an object URL and a click on a
 * temporary <a download>. Nothing leaves the machine.
 */
import type { DownloadFile } from '../../utils/manager/client';

export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
