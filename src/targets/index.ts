// Public surface of the targets stage (filled in by its implementation).
export {};
