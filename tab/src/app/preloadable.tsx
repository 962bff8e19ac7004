import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A lazily loaded component that renders in the same commit as its parent once its chunk is
 * there. React.lazy + Suspense would do, but React throttles revealing a suspended boundary
 * (~300 ms), which would show the board without its step panel for that long even when the
 * chunk was prefetched during start-up. `preload()` starts the download early.
 *
 * The chunk can arrive between a render that showed the fallback and that render's effect (the
 * browser lays out and paints in between, and runs the chunk's script when it comes). So the
 * effect never trusts what the render saw: it always waits on the (possibly settled) download
 * and then renders again. A failed download is forgotten, so the next mount tries again.
 */
export function preloadable<P extends object>(loader: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= loader().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  function Preloadable(props: P & { fallback?: ReactNode }) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      let mounted = true;
      preload().then(
        (c) => mounted && setComponent(() => c),
        () => undefined, // the fallback stays; the next mount downloads again
      );
      return () => {
        mounted = false;
      };
    }, []);
    const { fallback, ...rest } = props;
    const shown = component ?? loaded;
    return shown ? createElement(shown, rest as P) : (fallback ?? null);
  }

  return { Component: Preloadable, preload };
}
