/** Wording of <ice-heat-timer>. */
export interface TimerContent {
  readonly heading: string;
}
