// Public surface of the compare stage (filled in by its implementation).
export {};
