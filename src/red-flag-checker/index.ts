export * from './red-flag-checker.js';
import './define.js';
