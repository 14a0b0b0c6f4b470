import type {} from 'iop-widgets/react-jsx';
import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'iop-widgets/iop-services-list.js';
import 'iop-widgets/program-checklist.js';
import {setLocale} from 'iop-widgets/localization.js';
import type {ChecklistChangeDetail} from 'iop-widgets/program-checklist.js';
import {ProgramChecklist} from 'iop-widgets/react';

function App() {
  const [checked, setChecked] = useState<string[]>([]);
  const [wrapped, setWrapped] = useState(0);
  return (
    <main>
      <button id="es" onClick={() => void setLocale('es')}>Español</button>
      <p id="events">{checked.join(',')}</p>
      <p id="wrapped">{wrapped}</p>
      <iop-services-list heading-level={3} include={['individual-therapy', 'support-groups']}></iop-services-list>
      <program-checklist
        id="tags"
        heading-level="3"
        oniop-checklist-change={(event) => setChecked(event.detail.checked)}
      ></program-checklist>
      <ProgramChecklist
        id="wrapper"
        headingLevel={4}
        include={['visit', 'licensed']}
        onChecklistChange={(event: CustomEvent<ChecklistChangeDetail>) => setWrapped(event.detail.checked.length)}
      />
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
