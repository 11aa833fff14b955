import { useEffect, useRef } from 'preact/hooks';
import { pauseTimer, resumeTimer, startTimer, timerSeconds, type VisibleTimer } from '../core/review/time';
import { now } from '../platform/clock';

const visible = () => document.visibilityState === 'visible';

/**
 * Seconds the card `key` has been on screen: counted from when it is shown, paused while the
 * page is hidden (another tab, a minimised window). Read it when the card is answered.
 */
export function useVisibleSeconds(key: string | null): () => number {
  const timer = useRef<VisibleTimer>(startTimer(now(), visible()));
  useEffect(() => {
    timer.current = startTimer(now(), visible());
  }, [key]);
  useEffect(() => {
    const onChange = () => {
      timer.current = visible() ? resumeTimer(timer.current, now()) : pauseTimer(timer.current, now());
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return () => timerSeconds(timer.current, now());
}
