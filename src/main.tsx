import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { actions, appStore } from './store';
import { startHistory } from './store/history-browser';
import './ui/index.css';

// The theme lives on <html> so Tailwind's dark variant and the canvas agree.
const applyTheme = (theme: string) => document.documentElement.classList.toggle('dark', theme === 'dark');
applyTheme(appStore.getState().theme);
appStore.subscribe((s, prev) => s.theme !== prev.theme && applyTheme(s.theme));

// The address names what is shown (a kept load or a share link): open it, and follow Back and Forward.
startHistory(appStore, actions);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
