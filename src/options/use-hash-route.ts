import { useEffect, useState } from 'preact/hooks';

/** The options page's location as path parts: `#goals/abc` → ['goals', 'abc']. */
export function useHashRoute(): string[] {
  const read = () => decodeURIComponent(location.hash.replace(/^#/, '')).split('/');
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const onChange = () => setParts(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parts;
}
