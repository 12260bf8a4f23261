import { useEffect, useState } from 'react';
import { fetchExamples } from '../../store/examples';
import type { Example } from '../../store/examples';

// The manifest is fetched once per page and shared by every list of examples.
let manifest: Promise<Example[]> | null = null;

export function useExamples(): { examples: Example[]; error: string | null } {
  const [state, setState] = useState<{ examples: Example[]; error: string | null }>({ examples: [], error: null });
  useEffect(() => {
    let live = true;
    manifest ??= fetchExamples();
    manifest.then(
      (examples) => live && setState({ examples, error: null }),
      (err: unknown) => live && setState({ examples: [], error: `Examples unavailable: ${String(err)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
