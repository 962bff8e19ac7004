import { useEffect, useState } from 'react';
import { useAppContext } from './app-context';

/**
 * Whether the tenant's creation policy lets the caller create a programme: null while the server
 * has not answered (or could not), so a form is never hidden by a failed look-up — the server
 * still refuses a creation the policy does not allow. A form that asks shows its fields only when
 * the answer is not "no", so a person is told why instead of filling in a form that is refused.
 */
export function useMayCreateProgramme(): boolean | null {
  const { api } = useAppContext();
  const [may, setMay] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    api
      .creationPolicy()
      .then(({ data }) => live && setMay(data.mayCreate))
      .catch(() => live && setMay(null));
    return () => {
      live = false;
    };
  }, [api]);
  return may;
}
