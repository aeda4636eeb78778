// The content a configuration shows: its brand values, and the wording for whether agents chat live.
import type { Config } from '../config.js';
import { defaultDialogsDir, loadContent, type Content } from './load-content.js';

const contentSettingsOf = (config: Pick<Config, 'handoff'>) => ({ liveAgents: config.handoff.target !== 'none' });

export const loadContentFor = (config: Pick<Config, 'brand' | 'handoff'>, dir = defaultDialogsDir): Content =>
  loadContent(config.brand, dir, contentSettingsOf(config));
