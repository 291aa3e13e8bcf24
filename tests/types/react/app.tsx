// Every element with valid attributes, properties, refs and typed event handlers, in strict React 19
// TSX; the @ts-expect-error lines must be rejected by the published types.
import type {} from 'back-spasm-widgets/react';
import 'back-spasm-widgets';
import type { ChecklistChangeDetail, IceHeatTimer, PreventionChecklist, RedFlagChecker, TimerCompleteDetail } from 'back-spasm-widgets';
import { useRef } from 'react';

export function App() {
  const checker = useRef<RedFlagChecker>(null);
  const timer = useRef<IceHeatTimer | null>(null);
  const checklist = useRef<PreventionChecklist>(null);

  const onChange = (event: CustomEvent<ChecklistChangeDetail>) => {
    const done: number = event.detail.doneToday;
    const id: string = event.detail.id;
    return [done, id, event.detail.checked];
  };

  return (
    <>
      <red-flag-checker
        ref={checker}
        clinic-name="Riverside Physiotherapy"
        clinic-phone="+44 20 7946 0000"
        booking-url="https://example.com/book"
        emergency-number="999"
        heading="Is it serious?"
        heading-level={3}
        theme="dark"
        lang="en-GB"
        className="widget"
        style={{ '--bsw-accent': '#0a6' }}
        onred-flag-result={(event) => {
          const level: string = event.detail.level;
          const version: string = event.detail.policyVersion;
          console.log(level, version, event.target.clinicName);
        }}
      />
      <ice-heat-timer
        ref={timer}
        duration={20}
        mode="heat"
        started="2026-11-20T08:30"
        sound="off"
        heading-level="2"
        theme="light"
        ontimer-start={(event) => console.log(event.detail.endsAt, event.detail.phase)}
        ontimer-complete={(event: CustomEvent<TimerCompleteDetail>) => console.log(event.detail.endedAt)}
      />
      <ice-heat-timer sound={false} started={new Date()} />
      <prevention-checklist
        ref={checklist}
        categories="posture,movement"
        heading="Prevent the next spasm"
        heading-level={2}
        theme="auto"
        onchecklist-change={onChange}
      />
      <prevention-checklist categories={['posture', 'lifting']} />

      {/* @ts-expect-error an unknown theme */}
      <red-flag-checker theme="purple" />
      {/* @ts-expect-error an unknown mode */}
      <ice-heat-timer mode="cold" />
      {/* @ts-expect-error sound is on or off */}
      <ice-heat-timer sound="loud" />
      <red-flag-checker
        onred-flag-result={(event) => {
          // @ts-expect-error the result never carries the answers
          console.log(event.detail.answers);
        }}
      />
      <prevention-checklist
        onchecklist-change={(event) => {
          // @ts-expect-error the detail has `checked`, not `ticked`
          console.log(event.detail.ticked);
        }}
      />
    </>
  );
}
