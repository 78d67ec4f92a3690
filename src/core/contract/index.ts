export * from './order.js';
export * from './types.js';
