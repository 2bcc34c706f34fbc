// The library as the scripts see it: the built package (npm run bench builds first), its root and the
// sub-path exports policy-cascade/batch and policy-cascade/synthetic in one object.
const [root, batch, synthetic] = await Promise.all([
  import('../../dist/index.js'),
  import('../../dist/batch.js'),
  import('../../dist/synthetic.js'),
]);
const lib = { ...root, ...batch, ...synthetic };
export default lib;
