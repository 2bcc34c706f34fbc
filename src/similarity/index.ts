// Public surface of the similarity stage (filled in by its implementation).
export {};
