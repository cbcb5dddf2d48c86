import { ApiFailure } from '../api/client';
import { useT } from '../i18n/i18n';

/** A refusal shown by its code; the server's wording is not trusted into the page. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const code = error instanceof ApiFailure ? error.code : 'CLIENT';
  return (
    <p role="alert" className="error" data-code={code}>
      {t('errorCode', { code })}
    </p>
  );
}
