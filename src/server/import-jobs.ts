import { randomUUID } from 'node:crypto';
import { isSkeinError, SkeinError } from '../model/index.js';
import type { ImportResult } from '../intel/index.js';
import type { ImportJob } from '../model/api/index.js';

type Progress = (done: number, total: number | undefined, unit: 'rows' | 'bytes') => void;

/** Imports run in the background so the page can poll their progress; each job belongs to one case. */
export class ImportJobs {
  private readonly jobs = new Map<string, { caseName: string; job: ImportJob; settled: Promise<void> }>();

  /** `onBug` receives failures that carry no code, for the server log; the page never sees them. */
  constructor(private readonly onBug: (e: unknown) => void) {}

  start(caseName: string, run: (progress: Progress) => Promise<ImportResult>): ImportJob {
    const jobId = `job_${randomUUID()}`;
    const entry = {
      caseName,
      job: {
        jobId,
        state: 'running',
        done: 0,
        total: null,
        unit: 'rows',
        status: null,
        importId: null,
        error: null,
      } as ImportJob,
      settled: Promise.resolve(),
    };
    const progress: Progress = (done, total, unit) => {
      entry.job = { ...entry.job, done, total: total ?? null, unit };
    };
    entry.settled = run(progress).then(
      (r) => {
        entry.job = { ...entry.job, state: 'done', status: r.status, importId: r.record.id };
      },
      (e: unknown) => {
        // Only coded errors reach the page; anything else is a bug and says no more than that.
        if (!isSkeinError(e)) this.onBug(e);
        const error = isSkeinError(e)
          ? { code: e.code, message: e.message }
          : { code: 'INTERNAL', message: 'The import failed.' };
        entry.job = { ...entry.job, state: 'failed', error };
      },
    );
    this.jobs.set(jobId, entry);
    return entry.job;
  }

  get(caseName: string, jobId: string): ImportJob {
    const entry = this.jobs.get(jobId);
    if (!entry || entry.caseName !== caseName) {
      throw new SkeinError('JOB_NOT_FOUND', 'No such import job in this case.', { input: jobId });
    }
    return entry.job;
  }

  /** Resolves when every job started so far has finished; used on shutdown and in tests. */
  async settled(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((e) => e.settled));
  }
}
