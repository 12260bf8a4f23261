import { actions } from '../../store';
import { iconButton } from '../common/button';
import { useApp } from '../use-app';

export function ThemeToggle() {
  const dark = useApp((s) => s.theme === 'dark');
  return (
    <button
      type="button"
      className={iconButton}
      onClick={actions.toggleTheme}
      aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      title={dark ? 'Light theme' : 'Dark theme'}
    >
      <svg viewBox="0 0 20 20" className="h-4.5 w-4.5" aria-hidden="true" fill="currentColor">
        {dark ? (
          <path d="M10 3a1 1 0 0 1 1 1v1a1 1 0 1 1-2 0V4a1 1 0 0 1 1-1Zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm6 2a1 1 0 1 1 0 2h-1a1 1 0 1 1 0-2h1ZM5 9a1 1 0 1 1 0 2H4a1 1 0 1 1 0-2h1Zm5 5a1 1 0 0 1 1 1v1a1 1 0 1 1-2 0v-1a1 1 0 0 1 1-1Z" />
        ) : (
          <path d="M15.5 12.6A6.5 6.5 0 0 1 7.4 4.5a6.5 6.5 0 1 0 8.1 8.1Z" />
        )}
      </svg>
    </button>
  );
}
