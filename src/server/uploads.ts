import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SkeinError } from '../model/index.js';

export interface StoredUpload {
  readonly uploadId: string;
  readonly caseName: string;
  readonly fileName: string;
  readonly path: string;
  readonly bytes: number;
}

/**
 * A file name safe to keep on disk: no folders, no control characters, no leading dots. Everything
 * else (quotes, angle brackets, non-Latin letters) is kept, since the import report shows the name.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // Control characters are exactly what is stripped here.
  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\u0000-\u001f\u007f]/g;
  const clean = base.replace(CONTROL, '').replace(/^\.+/, '').slice(0, 200);
  return clean === '' ? 'upload' : clean;
}

/** Uploaded files streamed to disk under the workspace, each in its own folder, until imported. */
export class UploadStore {
  private readonly uploads = new Map<string, StoredUpload>();

  constructor(
    private readonly root: string,
    readonly maxBytes: number,
  ) {}

  /** Streams `stream` to disk; more than `maxBytes` is refused and nothing is kept. */
  async receive(
    caseName: string,
    fileName: string,
    stream: Readable & { truncated?: boolean },
  ): Promise<StoredUpload> {
    const uploadId = `upl_${randomUUID()}`;
    const dir = join(this.root, uploadId);
    await mkdir(dir, { recursive: true });
    const path = join(dir, safeFileName(fileName));
    await pipeline(stream, createWriteStream(path, { flags: 'wx' }));
    if (stream.truncated) {
      await rm(dir, { recursive: true, force: true });
      throw new SkeinError('UPLOAD_TOO_LARGE', `Uploads are limited to ${this.maxBytes} bytes.`, {
        file: safeFileName(fileName),
      });
    }
    const handle = await open(path, 'r');
    const bytes = (await handle.stat()).size;
    await handle.close();
    const upload = { uploadId, caseName, fileName: safeFileName(fileName), path, bytes };
    this.uploads.set(uploadId, upload);
    return upload;
  }

  /** The upload, if it was made for this case; any other answers UPLOAD_NOT_FOUND. */
  get(caseName: string, uploadId: string): StoredUpload {
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.caseName !== caseName) {
      throw new SkeinError('UPLOAD_NOT_FOUND', 'No such upload in this case.', { input: uploadId });
    }
    return upload;
  }

  async discard(uploadId: string): Promise<void> {
    this.uploads.delete(uploadId);
    await rm(join(this.root, uploadId), { recursive: true, force: true });
  }

  async discardAll(): Promise<void> {
    await Promise.all([...this.uploads.keys()].map((id) => this.discard(id)));
  }
}
