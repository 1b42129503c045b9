export * from './registry.js';
export { KernelErrors } from './codes.js';
