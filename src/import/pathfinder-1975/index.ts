export { pathfinderImporter } from './importer.js';
