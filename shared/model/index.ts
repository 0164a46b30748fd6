// The domain model: one import for every type and runtime schema.
export * from './common';
export * from './vocabulary';
export * from './report';
export * from './annotation';
export * from './meeting';
export * from './member';
export * from './settings';
export * from './correction';
export * from './report-dates';
