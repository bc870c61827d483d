/**
 * Loading the QuickJS engine (C QuickJS compiled to WebAssembly by
 * quickjs-emscripten): the "wasmfile release sync" variant, whose .wasm is
 * one separate file. In the browser the variant finds it with
 * `new URL('emscripten-module.wasm', import.meta.url)`, which Vite turns
 * into an emitted asset of the worker's build (precached by the PWA); in
 * Node it reads the file beside the package. Compiling and instantiating it
 * is the sandbox's start-up cost, paid once per worker (the sandbox keeps
 * the promise) and again only after an engine broke (see sandbox.ts).
 *
 * The production CSP must allow WebAssembly compilation: script-src
 * 'self' 'wasm-unsafe-eval' (vite.config.ts, docs/architecture.md).
 */
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { type QuickJSWASMModule, newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';

export type { QuickJSWASMModule };

/** Makes a new, independent QuickJS WebAssembly module (its own memory). */
export type EngineLoader = () => Promise<QuickJSWASMModule>;

/** The default loader: a fresh instance of the release build. */
export const loadQuickJS: EngineLoader = () => newQuickJSWASMModuleFromVariant(RELEASE_SYNC);
