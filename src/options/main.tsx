import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { browserClient } from '../ui/client.ts';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) render(<App client={browserClient} />, root);
