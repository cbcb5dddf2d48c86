import { LangProvider } from '../i18n/i18n';
import { useStore } from '../state/store';
import { workbench } from '../state/workbench';
import { Header } from './Header';
import { ToolPane } from './ToolPane';
import { ViewPane } from './ViewPane';

/** The workbench: tools (case, search, analyses, profile) beside the views (chart, map, timeline). */
export function App() {
  const lang = useStore(workbench, (s) => s.lang);
  return (
    <LangProvider lang={lang}>
      <div className="shell">
        <Header />
        <main className="panes">
          <ToolPane />
          <ViewPane />
        </main>
      </div>
    </LangProvider>
  );
}
