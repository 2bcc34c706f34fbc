// Public surface of the segment stage (filled in by its implementation).
export {};
