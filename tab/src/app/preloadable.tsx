import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A lazily loaded component that renders in the same commit as its parent once its chunk is
 * there. React.lazy + Suspense would do, but React throttles revealing a suspended boundary
 * (~300 ms), which would show the board without its step panel for that long even when the
 * chunk was prefetched during start-up. `preload()` starts the download early.
 */
export function preloadable<P extends object>(loader: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= loader().then((component) => (loaded = component));
    return pending;
  };

  function Preloadable(props: P & { fallback?: ReactNode }) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    const { fallback, ...rest } = props;
    return loaded ? createElement(loaded, rest as P) : (fallback ?? null);
  }

  return { Component: Preloadable, preload };
}
