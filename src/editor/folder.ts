/**
 * The content folder the editor works on. With the File System Access API (Edge, Chrome) it is a
 * directory handle: files are read and saved in place. Without it, the folder is read once from
 * an `<input type="file" webkitdirectory>` and changed files are downloaded instead.
 */
import { decodeContent } from '../content/encoding.js';
import { kindOf } from '../content/parse-file.js';

export interface LoadedFile {
  text: string;
  /** Where the bytes were not UTF-8 (they were read as Windows-1252). */
  notUtf8?: { line: number; col: number };
}

export interface Folder {
  /** The folder's own name, which starts every path ("content/guide.md"). */
  name: string;
  /** Whether saving writes to the folder (a handle) or downloads (read-only). */
  writable: boolean;
  files: Map<string, LoadedFile>;
  write(path: string, text: string): Promise<void>;
}

/** The directory handles a folder can come from: a picked folder, or the origin-private one. */
export async function openHandle(handle: FileSystemDirectoryHandle): Promise<Folder> {
  const files = new Map<string, LoadedFile>();
  const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
    for await (const entry of dir.values()) {
      const path = `${prefix}/${entry.name}`;
      if (entry.kind === 'directory') await walk(entry as FileSystemDirectoryHandle, path);
      else if (kindOf(path)) {
        const file = await (entry as FileSystemFileHandle).getFile();
        files.set(path, decodeContent(new Uint8Array(await file.arrayBuffer())));
      }
    }
  };
  await walk(handle, handle.name || 'content');
  const name = handle.name || 'content';
  return {
    name,
    writable: true,
    files: sorted(files),
    async write(path, text) {
      const parts = path.split('/').slice(1);
      let dir = handle;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const file = await dir.getFileHandle(parts[parts.length - 1]!, { create: true });
      const stream = await file.createWritable();
      await stream.write(text);
      await stream.close();
    },
  };
}

/** A folder picked with `<input type="file" webkitdirectory>`: read-only, saving downloads. */
export async function openFileList(list: FileList): Promise<Folder> {
  const files = new Map<string, LoadedFile>();
  let name = 'content';
  for (const file of Array.from(list)) {
    const path = file.webkitRelativePath || file.name;
    name = path.split('/')[0] ?? name;
    if (kindOf(path)) files.set(path, decodeContent(new Uint8Array(await file.arrayBuffer())));
  }
  return { name, writable: false, files: sorted(files), write: (path, text) => Promise.resolve(download(path, text)) };
}

export function download(path: string, text: string, type = 'text/markdown'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  link.download = path.split('/').pop() ?? 'file.md';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const sorted = (files: Map<string, LoadedFile>) => new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
