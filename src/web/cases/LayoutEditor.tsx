import { useEffect, useState } from 'react';
import {
  CDR_ROLES,
  DATE_ORDERS,
  TIME_FORMATS,
  type DetectedLayout,
  type LayoutProfile,
  type LayoutProfileInfo,
} from '../../model/api/index';
import { ErrorNote } from '../app/ErrorNote';
import { useT } from '../i18n/i18n';
import { layoutApi } from './layout-api';
import { roleOf, withRole } from './layout-draft';

/** What an import takes from the layout step: a saved profile to apply, or the detection as is. */
export interface LayoutChoice {
  readonly profile?: string;
}

const sameDraft = (a: LayoutProfile, b: LayoutProfile): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The detected layout of a CDR or tower-dump upload, editable: a role per column, time format and
 * order, zone and region. A corrected layout is saved as a named workspace profile and imported with.
 */
export function LayoutEditor({
  caseName,
  uploadId,
  onChoice,
}: {
  caseName: string;
  uploadId: string;
  onChoice: (c: LayoutChoice) => void;
}) {
  const t = useT();
  const [profiles, setProfiles] = useState<LayoutProfileInfo[]>([]);
  const [profile, setProfile] = useState('');
  const [detected, setDetected] = useState<DetectedLayout | null>(null);
  const [draft, setDraft] = useState<LayoutProfile | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void layoutApi.profiles().then(
      (r) => setProfiles(r.profiles),
      (e: unknown) => setError(e),
    );
  }, []);
  useEffect(() => {
    let isCurrent = true;
    setError(null);
    layoutApi.detect(caseName, uploadId, profile === '' ? {} : { profile }).then(
      (d) => {
        if (!isCurrent) return;
        setDetected(d);
        setDraft(d.profileDraft);
      },
      (e: unknown) => {
        if (isCurrent) setError(e);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [caseName, uploadId, profile]);

  const choose = (p: string) => {
    setProfile(p);
    onChoice(p === '' ? {} : { profile: p });
  };

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await layoutApi.save({ profile: { ...draft, name } });
      setProfiles((await layoutApi.profiles()).profiles);
      choose(saved.name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const isEdited = detected !== null && draft !== null && !sameDraft(draft, detected.profileDraft);
  const time = draft?.time;
  return (
    <div
      className="layout-editor stack"
      data-testid="layout-editor"
      data-profile={detected?.profile ?? ''}
      data-edited={isEdited}
    >
      <label>
        {t('layoutProfile')}{' '}
        <select data-testid="layout-profile" value={profile} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('layoutDetected')}</option>
          {profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.source === 'shipped' ? ` (${t('layoutShipped')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={error} />
      {detected && draft && (
        <>
          <p className="layout-format">
            {detected.format} · {detected.time}
          </p>
          <table className="layout-columns" data-testid="layout-columns">
            <thead>
              <tr>
                <th>{t('layoutColumn')}</th>
                <th>{t('layoutRole')}</th>
              </tr>
            </thead>
            <tbody>
              {detected.headers.map((h, i) => (
                <tr key={i}>
                  <td className="raw">{h === '' ? `#${i + 1}` : h}</td>
                  <td>
                    <select
                      data-testid={`layout-role-${i}`}
                      aria-label={`${t('layoutRole')} ${h}`}
                      value={roleOf(draft, detected.headers, i)}
                      onChange={(e) =>
                        setDraft(
                          withRole(
                            draft,
                            detected.headers,
                            i,
                            e.target.value as (typeof CDR_ROLES)[number] | '',
                          ),
                        )
                      }
                    >
                      <option value="">{t('layoutNoRole')}</option>
                      {CDR_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <label>
              {t('layoutTimeFormat')}{' '}
              <select
                data-testid="layout-time-format"
                value={time?.format ?? ''}
                onChange={(e) => {
                  const format = e.target.value as (typeof TIME_FORMATS)[number];
                  setDraft({
                    ...draft,
                    time: format === 'fields' ? { format, order: time?.order ?? 'dmy' } : { format },
                  });
                }}
              >
                {TIME_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            {time?.format === 'fields' && (
              <label>
                {t('layoutDateOrder')}{' '}
                <select
                  data-testid="layout-date-order"
                  value={time.order ?? ''}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      time: { format: 'fields', order: e.target.value as (typeof DATE_ORDERS)[number] },
                    })
                  }
                >
                  {DATE_ORDERS.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {t('layoutZone')}{' '}
              <input
                data-testid="layout-tz"
                value={draft.tz ?? ''}
                placeholder="Europe/Paris"
                onChange={(e) => {
                  const { tz: _tz, ...rest } = draft;
                  setDraft(e.target.value === '' ? rest : { ...rest, tz: e.target.value });
                }}
              />
            </label>
            <label>
              {t('layoutRegion')}{' '}
              <input
                data-testid="layout-region"
                value={draft.region ?? ''}
                size={3}
                maxLength={2}
                onChange={(e) => {
                  const { region: _region, ...rest } = draft;
                  const v = e.target.value.toUpperCase();
                  setDraft(v === '' ? rest : { ...rest, region: v });
                }}
              />
            </label>
          </div>
          {detected.doubts.length > 0 && (
            <p className="layout-doubts">
              {t('layoutDoubts')}: <code>{detected.doubts.join(' ')}</code>
            </p>
          )}
          <details>
            <summary>
              {t('layoutSample')} ({detected.sampleRows - detected.sampleRejected}/{detected.sampleRows})
            </summary>
            <ul className="layout-sample" data-testid="layout-sample">
              {detected.sample.map((s) => (
                <li key={s.line} className="raw">
                  {s.line}: {s.result}
                </li>
              ))}
            </ul>
          </details>
          {isEdited && (
            <p className="layout-unsaved" data-testid="layout-unsaved">
              {t('layoutUnsaved')}
            </p>
          )}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('layoutProfileName')}{' '}
              <input
                data-testid="layout-profile-name"
                value={name}
                required
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <button type="submit" data-testid="layout-save" disabled={isBusy}>
              {t('layoutSave')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
