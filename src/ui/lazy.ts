import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component loaded on first use, and a way to start loading it before then. */
export type Lazy<P> = FunctionComponent<P> & { preload: () => Promise<ComponentType<P>> };

/**
 * A component whose module is fetched when it is first drawn (or `preload()`ed), so that a
 * page's first draw does not wait for parts below the fold or not shown yet (the popup's
 * search results, its lists, the first-run questions). Draws nothing until the module is in.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component)));
  function LazyComponent(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        (c) => live && setComponent(() => c),
        (error: unknown) => console.error(error),
      );
      return () => void (live = false);
    }, []);
    return component ? h(component, props) : null;
  }
  return Object.assign(LazyComponent, { preload });
}
