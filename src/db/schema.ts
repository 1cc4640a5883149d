/** Every capability's tables, for drizzle-kit and the typed database handle. */

export * from '../access/tables.js';
export * from '../accounts/tables.js';
export * from '../applications/tables.js';
export * from '../disclosure-log/tables.js';
export * from '../identity/tables.js';
export * from '../mail/tables.js';
export * from '../register/tables.js';
export * from '../staff/tables.js';
