import type { CaseChangeEvent } from '@fullcircle/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { CASE_STREAM_URL } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

/** A burst of changes (a bulk close, a busy intake) refreshes the lists once, not once per case. */
export const STREAM_DEBOUNCE_MS = 500;
const FLASH_MS = 2_500;

/**
 * Listens to the case stream while the inbox is open and refreshes the case lists (and any open case
 * that changed) after a short pause. Returns true for a moment after a refresh, for a subtle "updated" cue.
 */
export function useCaseStream(enabled = true): boolean {
  const queryClient = useQueryClient();
  const [flash, setFlash] = useState(false);
  const changed = useRef(new Set<string>());

  useEffect(() => {
    // jsdom and very old browsers have no EventSource: the inbox still works, it just does not update live.
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(CASE_STREAM_URL, { withCredentials: true });
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let unflash: ReturnType<typeof setTimeout> | undefined;

    const refresh = () => {
      const ids = [...changed.current];
      changed.current.clear();
      void queryClient.invalidateQueries({ queryKey: casesKeys.lists() });
      for (const id of ids) void queryClient.invalidateQueries({ queryKey: casesKeys.detail(id) });
      setFlash(true);
      clearTimeout(unflash);
      unflash = setTimeout(() => setFlash(false), FLASH_MS);
    };

    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const event = JSON.parse(message.data) as CaseChangeEvent;
        if (event.caseId) changed.current.add(event.caseId);
      } catch {
        // A heartbeat or an unknown message: still a hint that something moved.
      }
      clearTimeout(debounce);
      debounce = setTimeout(refresh, STREAM_DEBOUNCE_MS);
    };

    return () => {
      source.close();
      clearTimeout(debounce);
      clearTimeout(unflash);
    };
  }, [enabled, queryClient]);

  return flash;
}
