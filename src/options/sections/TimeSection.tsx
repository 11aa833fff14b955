import { NudgeReadout } from './NudgeReadout';
import { TimeReport } from './TimeReport';

/** "Your time": where it went, per site, and whether the nudge helps. */
export function TimeSection() {
  return (
    <>
      <TimeReport />
      <NudgeReadout />
    </>
  );
}
