import { useEffect } from 'react';

export const APP_NAME = 'Fullcircle';

export function formatTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), APP_NAME].join(' · ');
}

/** Sets document.title for the page, e.g. "Users · Settings · Fullcircle". */
export function useDocumentTitle(...parts: string[]): void {
  const title = formatTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
