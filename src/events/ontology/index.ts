// The CAMEO/PLOVER ontology: typed lookups over data/ontology/*.tsv (built by scripts/build-ontology.ts).
export { allCameoCodes, cameoEntry, isCameoCode, type CameoEntry } from './cameo.js';
export { hasPloverEvent, ploverFor, PLOVER_NONE } from './plover.js';
export { isCameoCodeShape, parentOf, quadClassOfRoot, rootOf } from './codes.js';
