import {
  DetectedLayout,
  LayoutProfileInfo,
  LayoutProfileList,
  type DetectLayoutBody,
  type SaveLayoutProfileBody,
} from '../../model/api/index';
import { call, caseUrl, postJson } from '../api/client';

/** The import page's calls for CDR / tower-dump layouts and saved profiles, typed by the shared contract. */
export const layoutApi = {
  detect: (c: string, uploadId: string, body: DetectLayoutBody) =>
    call(DetectedLayout, caseUrl(c, `uploads/${encodeURIComponent(uploadId)}/layout`), postJson(body)),
  profiles: () => call(LayoutProfileList, '/api/layout-profiles'),
  save: (body: SaveLayoutProfileBody) => call(LayoutProfileInfo, '/api/layout-profiles', postJson(body)),
};
