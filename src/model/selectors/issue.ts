import { err } from '../result.js';
import type { SelectorIssue, SelectorIssueCode, SelectorKind } from './types.js';

/** Builds the failure value every normaliser returns, so each keeps its raw input. */
export const selectorIssue = (
  kind: SelectorKind,
  code: SelectorIssueCode,
  raw: string,
): { readonly ok: false; readonly error: SelectorIssue } => err({ code, kind, raw });
