// Presentation preferences that are not part of a shared view.
export type Theme = 'light' | 'dark';

export interface UiSlice {
  theme: Theme;
}

export function initialUi(prefersDark = false): UiSlice {
  return { theme: prefersDark ? 'dark' : 'light' };
}
