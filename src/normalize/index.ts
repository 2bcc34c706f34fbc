// Public surface of the normalize stage (filled in by its implementation).
export {};
