// Public surface of the report stage (filled in by its implementation).
export {};
