import { ApiError, CLIENT_HEADER, Upload } from '../../model/api/index';
import { ApiFailure, caseUrl } from './client';

/** Sends one file as multipart with upload progress (fetch cannot report it; XHR can). */
export function uploadFile(
  caseName: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', caseUrl(caseName, 'uploads'));
    xhr.setRequestHeader(CLIENT_HEADER, '1');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total);
    xhr.onerror = () => reject(new ApiFailure('NETWORK', 0, null));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const ok = Upload.safeParse(body);
        if (ok.success) resolve(ok.data);
        else reject(new ApiFailure('BAD_RESPONSE', xhr.status, null));
        return;
      }
      const err = ApiError.safeParse(body);
      reject(
        new ApiFailure(
          err.success ? err.data.code : 'NETWORK',
          xhr.status,
          err.success ? err.data.requestId : null,
        ),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
