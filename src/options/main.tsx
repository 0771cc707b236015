import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { optionsClient } from './client.ts';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) render(<App client={optionsClient} />, root);
