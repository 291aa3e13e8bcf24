import { useState } from 'react';
import 'back-spasm-widgets';
import type { RedFlagResultDetail } from 'back-spasm-widgets';

export function App() {
  const [level, setLevel] = useState('');
  return (
    <main>
      <red-flag-checker
        clinic-name="Westside Spine"
        clinic-phone="+1 604 555 0100"
        onred-flag-result={(event: CustomEvent<RedFlagResultDetail>) => setLevel(event.detail.level)}
      />
      <p data-testid="level">{level}</p>
      <ice-heat-timer duration={20} />
      <prevention-checklist />
    </main>
  );
}
