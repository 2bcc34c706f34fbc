// Public surface of the io stage (filled in by its implementation).
export {};
