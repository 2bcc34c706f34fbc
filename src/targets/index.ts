// Public surface of the targets stage: quantified-target extraction and the unit catalogue.
export { extractTargets } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { unitInfo, convertValue, compatibleUnits, unitFactor, unitCatalogue, matchUnitAt } from './units.js';
export type { UnitInfo, UnitCategory } from './units.js';
export { metricKey, levelWords } from './metric.js';
