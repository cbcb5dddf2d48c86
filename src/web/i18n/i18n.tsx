import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { isRtl, MESSAGES, type Lang, type MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

const LangContext = createContext<Lang>('en');

/** Sets the page's language and direction: Arabic lays the whole page out right to left. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
  }, [lang]);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The message for a key, with `{name}` placeholders filled in as plain text. */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key, vars) => {
    let text: string = MESSAGES[lang][key];
    for (const [k, v] of Object.entries(vars ?? {})) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
}

export const useLang = (): Lang => useContext(LangContext);

/** Numbers and dates in the page's language. */
export function useFormat() {
  const lang = useLang();
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : lang;
  return {
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    time: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(iso),
      ),
  };
}
