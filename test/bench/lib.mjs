// The library as the scripts see it: the built package (npm run bench builds first).
const lib = await import('../../dist/index.js');
export default lib;
