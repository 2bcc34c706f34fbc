// Public surface of the align stage (filled in by its implementation).
export {};
