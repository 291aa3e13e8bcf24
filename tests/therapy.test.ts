import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  canStartSession,
  clampSessionMinutes,
  decidePhase,
  emptyRecord,
  formatCountdown,
  HOUR,
  lastSessionEnd,
  MINUTE,
  nextSessionAt,
  parseLocalDateTime,
  pauseSession,
  readTimerRecord,
  recordCompletion,
  remainingMs,
  resumeSession,
  sessionsOnDayOf,
  settleRecord,
  settleSession,
  shiftRecord,
  startedFromChoice,
  startSession,
  toLocalDateTimeValue,
  type Session,
  type TimerRecord,
} from '../src/therapy/index.js';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const SECOND = 1000;

describe('therapy: phase from when the spasm started', () => {
  it('is ice at 47:59 hours and heat at 48:00 hours', () => {
    const at4759 = decidePhase({ mode: 'auto', started: NOW - 47 * HOUR - 59 * MINUTE, now: NOW });
    expect(at4759.phase).to.equal('ice');
    expect(at4759.reason).to.equal('first-48-hours');
    const at4800 = decidePhase({ mode: 'auto', started: NOW - 48 * HOUR, now: NOW });
    expect(at4800.phase).to.equal('heat');
    expect(at4800.reason).to.equal('after-48-hours');
    const justBefore = decidePhase({ mode: 'auto', started: NOW - 48 * HOUR + 1, now: NOW });
    expect(justBefore.phase).to.equal('ice');
  });

  it('says when heat takes over: 48 hours after the start', () => {
    const started = NOW - 5 * HOUR;
    expect(decidePhase({ mode: 'auto', started, now: NOW }).heatFrom).to.equal(started + 48 * HOUR);
  });

  it('counts a start in the future as now: ice, never heat', () => {
    const decision = decidePhase({ mode: 'auto', started: NOW + 72 * HOUR, now: NOW });
    expect(decision.phase).to.equal('ice');
    expect(decision.reason).to.equal('start-in-future');
    expect(decision.heatFrom).to.equal(NOW + 48 * HOUR);
  });

  it('suggests ice when the start is unknown or not a date (NaN, Infinity)', () => {
    for (const started of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date('nonsense').getTime()]) {
      const decision = decidePhase({ mode: 'auto', started, now: NOW });
      expect(decision, String(started)).to.deep.equal({ phase: 'ice', reason: 'start-unknown', heatFrom: null });
    }
  });

  it('uses the chosen therapy over the date, in both directions', () => {
    expect(decidePhase({ mode: 'heat', started: NOW - HOUR, now: NOW })).to.include({ phase: 'heat', reason: 'chosen' });
    expect(decidePhase({ mode: 'ice', started: NOW - 72 * HOUR, now: NOW })).to.include({ phase: 'ice', reason: 'chosen' });
    expect(decidePhase({ mode: 'heat', started: null, now: NOW })).to.include({ phase: 'heat', reason: 'chosen' });
  });

  it('never goes back from heat to ice as time passes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * HOUR }), fc.integer({ min: 0, max: 200 * HOUR }), (ago, later) => {
        const started = NOW - ago;
        const first = decidePhase({ mode: 'auto', started, now: NOW }).phase;
        const second = decidePhase({ mode: 'auto', started, now: NOW + later }).phase;
        return !(first === 'heat' && second === 'ice');
      }),
    );
  });
});

describe('therapy: session length', () => {
  it('keeps 5 to 20 minutes, clamps 21 to 20 and 4 to 5, and defaults to 15', () => {
    expect(clampSessionMinutes(20)).to.deep.equal({ minutes: 20, clamped: false });
    expect(clampSessionMinutes(21)).to.deep.equal({ minutes: 20, clamped: true });
    expect(clampSessionMinutes(5)).to.deep.equal({ minutes: 5, clamped: false });
    expect(clampSessionMinutes(4)).to.deep.equal({ minutes: 5, clamped: true });
    expect(clampSessionMinutes(Number.NaN)).to.deep.equal({ minutes: 15, clamped: true });
    expect(clampSessionMinutes(Number.POSITIVE_INFINITY)).to.deep.equal({ minutes: 15, clamped: true });
  });

  it('never starts a session longer than 20 minutes (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (minutes) => {
        const session = startSession('ice', minutes, NOW);
        return session.status === 'running' && session.durationMs >= 5 * MINUTE && session.durationMs <= 20 * MINUTE;
      }),
    );
  });
});

describe('therapy: rest between sessions and the next session', () => {
  it('is due 2 hours after the last session ended', () => {
    const ended = NOW - 30 * MINUTE;
    expect(nextSessionAt(ended)).to.equal(ended + 2 * HOUR);
    expect(nextSessionAt(null)).to.equal(null);
  });

  it('does not allow a new session at 1:59:59 after the last one, and allows it at 2:00:00', () => {
    const ended = NOW;
    expect(canStartSession(ended, ended + 2 * HOUR - SECOND)).to.equal(false);
    expect(canStartSession(ended, ended + 2 * HOUR)).to.equal(true);
    expect(canStartSession(null, NOW)).to.equal(true);
  });
});

describe('therapy: a timed session keeps true time', () => {
  it('counts down from the deadline, whatever happened in between', () => {
    const session = startSession('ice', 15, NOW);
    expect(remainingMs(session, NOW)).to.equal(15 * MINUTE);
    // Ten minutes of sleep, with no tick in between.
    expect(remainingMs(session, NOW + 10 * MINUTE)).to.equal(5 * MINUTE);
    expect(formatCountdown(remainingMs(session, NOW + 10 * MINUTE + 1))).to.equal('05:00');
    expect(formatCountdown(remainingMs(session, NOW + 10 * MINUTE + SECOND))).to.equal('04:59');
  });

  it('never has negative time left, even long after the deadline', () => {
    const session = startSession('heat', 15, NOW);
    expect(remainingMs(session, NOW + 5 * HOUR)).to.equal(0);
    expect(formatCountdown(-5000)).to.equal('00:00');
    expect(formatCountdown(Number.NaN)).to.equal('00:00');
  });

  it('is done at its deadline, ended at the deadline rather than when it was noticed', () => {
    const session = startSession('ice', 15, NOW);
    expect(settleSession(session, NOW + 15 * MINUTE - 1).status).to.equal('running');
    const done = settleSession(session, NOW + 3 * HOUR);
    expect(done).to.deep.equal({ status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: NOW + 15 * MINUTE });
  });

  it('holds a session to its length when the clock is set back', () => {
    const session = startSession('ice', 15, NOW);
    const settled = settleSession(session, NOW - HOUR) as Extract<Session, { status: 'running' }>;
    expect(settled.deadline).to.equal(NOW - HOUR + 15 * MINUTE);
    expect(remainingMs(session, NOW - HOUR)).to.equal(15 * MINUTE);
  });

  it('pauses with the time left and resumes with a new deadline', () => {
    const running = startSession('ice', 15, NOW);
    const paused = pauseSession(running, NOW + 5 * MINUTE);
    expect(paused).to.deep.equal({ status: 'paused', phase: 'ice', durationMs: 15 * MINUTE, remainingMs: 10 * MINUTE });
    // Paused for an hour: the time left does not change.
    expect(remainingMs(paused, NOW + HOUR)).to.equal(10 * MINUTE);
    const resumed = resumeSession(paused, NOW + HOUR);
    expect(resumed).to.deep.equal({ status: 'running', phase: 'ice', durationMs: 15 * MINUTE, deadline: NOW + HOUR + 10 * MINUTE });
  });

  it('pausing after the deadline gives a done session, not a paused one with no time', () => {
    const running = startSession('ice', 15, NOW);
    expect(pauseSession(running, NOW + 16 * MINUTE).status).to.equal('done');
  });
});

describe('therapy: the saved record', () => {
  it('counts an expired session once, at its deadline', () => {
    const record = { ...emptyRecord, session: startSession('ice', 15, NOW) };
    const settled = settleRecord(record, NOW + HOUR);
    expect(settled.session.status).to.equal('done');
    expect(settled.completed).to.deep.equal([NOW + 15 * MINUTE]);
    expect(settleRecord(settled, NOW + 2 * HOUR)).to.equal(settled);
    expect(recordCompletion(settled, NOW + 15 * MINUTE).completed).to.have.length(1);
    expect(lastSessionEnd(settled)).to.equal(NOW + 15 * MINUTE);
  });

  it('counts the sessions of the local calendar day', () => {
    const today = new Date(2026, 10, 20, 15, 0).getTime();
    const completed = [
      new Date(2026, 10, 19, 23, 59).getTime(),
      new Date(2026, 10, 20, 0, 0).getTime(),
      new Date(2026, 10, 20, 9, 30).getTime(),
    ];
    expect(sessionsOnDayOf(completed, today)).to.equal(2);
    expect(sessionsOnDayOf([], today)).to.equal(0);
  });

  it('accepts a well-formed record and rejects anything else', () => {
    const good = { session: { status: 'paused', phase: 'heat', durationMs: 15 * MINUTE, remainingMs: 60_000 }, completed: [1, 2], notify: false };
    expect(readTimerRecord(good)).to.deep.equal(good);
    expect(readTimerRecord({ session: { status: 'idle' }, completed: [], notify: true })).to.deep.equal({
      session: { status: 'idle' },
      completed: [],
      notify: true,
    });
    const bad: unknown[] = [
      null,
      'text',
      42,
      {},
      { ...good, notify: 'yes' },
      { ...good, completed: ['x'] },
      { ...good, session: { ...good.session, phase: 'steam' } },
      { ...good, session: { ...good.session, durationMs: 60 * MINUTE } },
      { ...good, session: { ...good.session, remainingMs: 16 * MINUTE } },
      { ...good, session: { status: 'running', phase: 'ice', durationMs: 15 * MINUTE } },
      { ...good, session: { status: 'sleeping' } },
    ];
    for (const data of bad) expect(readTimerRecord(data), JSON.stringify(data)).to.equal(null);
  });
});

describe('therapy: times stored while the clock was wrong', () => {
  const DAY = 24 * HOUR;

  it('counts end times later than now as ending now, so rest is counted from no later than now', () => {
    const ahead = NOW + 365 * DAY;
    const record: TimerRecord = {
      session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: ahead },
      completed: [NOW - 3 * HOUR, ahead],
      notify: true,
    };
    const settled = settleRecord(record, NOW);
    expect(settled).to.deep.equal({
      session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: NOW },
      completed: [NOW - 3 * HOUR, NOW],
      notify: true,
    });
    expect(nextSessionAt(lastSessionEnd(settled))).to.equal(NOW + 2 * HOUR);
    expect(canStartSession(lastSessionEnd(settled), NOW + 2 * HOUR)).to.equal(true);
    // Settled once, it stays as it is.
    expect(settleRecord(settled, NOW)).to.equal(settled);
  });

  it('leaves a record with no time in the future as it is (the same object)', () => {
    const record: TimerRecord = { session: { status: 'done', phase: 'heat', durationMs: 5 * MINUTE, endedAt: NOW }, completed: [NOW], notify: false };
    expect(settleRecord(record, NOW)).to.equal(record);
  });

  it('never lets a stored end time block a new session for longer than the rest (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 * NOW })), fc.integer({ min: 0, max: 2 * NOW }), (completed, endedAt) => {
        const record: TimerRecord = {
          session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt },
          completed: [...completed, endedAt].sort((a, b) => a - b),
          notify: false,
        };
        const settled = settleRecord(record, NOW);
        return canStartSession(lastSessionEnd(settled), NOW + 2 * HOUR) && settled.completed.every((time) => time <= NOW);
      }),
    );
  });
});

describe('therapy: the record after a change of the wall clock', () => {
  const record = (session: Session): TimerRecord => ({ session, completed: [NOW - 3 * HOUR, NOW - HOUR], notify: true });

  it('moves the deadline and the end times by the change, back or forward', () => {
    const running = record({ status: 'running', phase: 'ice', durationMs: 20 * MINUTE, deadline: NOW + 15 * MINUTE });
    expect(shiftRecord(running, -HOUR)).to.deep.equal({
      session: { status: 'running', phase: 'ice', durationMs: 20 * MINUTE, deadline: NOW - HOUR + 15 * MINUTE },
      completed: [NOW - 4 * HOUR, NOW - 2 * HOUR],
      notify: true,
    });
    const done = record({ status: 'done', phase: 'heat', durationMs: 20 * MINUTE, endedAt: NOW - HOUR });
    expect(shiftRecord(done, HOUR)).to.deep.equal({
      session: { status: 'done', phase: 'heat', durationMs: 20 * MINUTE, endedAt: NOW },
      completed: [NOW - 2 * HOUR, NOW],
      notify: true,
    });
  });

  it('keeps the time left of a paused session, and changes nothing when nothing moves', () => {
    const paused = record({ status: 'paused', phase: 'ice', durationMs: 20 * MINUTE, remainingMs: 7 * MINUTE });
    expect(shiftRecord(paused, -HOUR).session).to.equal(paused.session);
    expect(shiftRecord(paused, -HOUR).completed).to.deep.equal([NOW - 4 * HOUR, NOW - 2 * HOUR]);
    expect(shiftRecord(emptyRecord, -HOUR)).to.equal(emptyRecord);
    expect(shiftRecord(paused, 0)).to.equal(paused);
    expect(shiftRecord(paused, Number.NaN)).to.equal(paused);
  });

  it('keeps the time left of a running session and never writes a time before 1970', () => {
    const running = record({ status: 'running', phase: 'ice', durationMs: 20 * MINUTE, deadline: NOW + 15 * MINUTE });
    const shifted = shiftRecord(running, -HOUR);
    expect(remainingMs(shifted.session, NOW - HOUR)).to.equal(remainingMs(running.session, NOW));
    const far = shiftRecord(running, -2 * NOW);
    expect(far.session).to.deep.include({ deadline: 0 });
    expect(far.completed).to.deep.equal([0, 0]);
    expect(readTimerRecord(far)).to.not.equal(null);
  });
});

describe('therapy: when the spasm started, as the visitor says it', () => {
  it('maps the quick answers to a start time', () => {
    expect(startedFromChoice('today', NOW)).to.equal(NOW);
    expect(startedFromChoice('yesterday', NOW)).to.equal(NOW - 24 * HOUR);
    expect(decidePhase({ mode: 'auto', started: startedFromChoice('yesterday', NOW), now: NOW }).phase).to.equal('ice');
    expect(decidePhase({ mode: 'auto', started: startedFromChoice('two-days-ago', NOW), now: NOW }).phase).to.equal('heat');
  });

  it('reads a date-time input value as local time, and refuses invalid dates', () => {
    expect(parseLocalDateTime('2026-11-20T08:30')).to.equal(new Date(2026, 10, 20, 8, 30).getTime());
    expect(parseLocalDateTime('2026-02-31T08:30')).to.equal(null);
    expect(parseLocalDateTime('2026-11-20T25:30')).to.equal(null);
    expect(parseLocalDateTime('')).to.equal(null);
    expect(parseLocalDateTime('yesterday')).to.equal(null);
    const time = new Date(2026, 0, 5, 7, 4).getTime();
    expect(parseLocalDateTime(toLocalDateTimeValue(time))).to.equal(time);
  });
});
