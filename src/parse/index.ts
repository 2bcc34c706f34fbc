// Public surface of the parse stage (filled in by its implementation).
export {};
