/**
 * Saves a file the page made (an export; gzip-compressed when asked) on the reader's computer: an
 * object URL and a click on a temporary <a download>. Nothing leaves the machine.
 */
import type { DownloadFile } from '../../utils/manager/client';
import { gzipText } from '../../utils/manager/pack-file';

export function downloadFile(file: DownloadFile, doc: Document = document): void {
  if (file.gzip) {
    void gzipText(file.text).then((blob) => save(blob, file.name, doc));
    return;
  }
  save(new Blob([file.text], { type: file.type }), file.name, doc);
}

function save(blob: Blob, name: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
