export * from './locale';
export * from './i18n-provider';
export * from './format';
