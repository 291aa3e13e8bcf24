export * from './prevention-checklist.js';
import './define.js';
