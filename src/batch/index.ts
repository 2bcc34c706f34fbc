// Public surface of the batch stage (filled in by its implementation).
export {};
