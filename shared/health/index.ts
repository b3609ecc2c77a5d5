export * from './model'
export * from './score'
