import { useEffect, useState } from 'preact/hooks';
import { routeParts } from './route-parts';

/** The options page's location as path parts (`#goals/abc` → ['goals', 'abc']), current as it changes. */
export function useHashRoute(): string[] {
  const [parts, setParts] = useState(() => routeParts());
  useEffect(() => {
    const onChange = () => setParts(routeParts());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parts;
}
