// Components import their stylesheet (Vite bundles it; Vitest ignores it). The app's
// tsconfig knows CSS imports from vite/client; the tests' tsconfig, which reaches the
// components through the tests, learns it here.
declare module '*.css';
