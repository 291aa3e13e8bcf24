/**
 * The Spanish language pack: load it (cdn/locales/es.js, or `import 'back-spasm-widgets/locales/es'`)
 * and every widget whose language is es shows Spanish.
 */
import { es } from '../content/es.js';
import { registerContent } from '../content/registry.js';

registerContent('es', es);

export { es };
