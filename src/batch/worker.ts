// Worker entry for the batch mode (piscina). Filled in by the batch implementation.
export default function run(): void {}
