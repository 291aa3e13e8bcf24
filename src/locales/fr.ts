/**
 * The French language pack: load it (cdn/locales/fr.js, or `import 'back-spasm-widgets/locales/fr'`)
 * and every widget whose language is fr shows French.
 */
import { fr } from '../content/fr.js';
import { registerContent } from '../content/registry.js';

registerContent('fr', fr);

export { fr };
