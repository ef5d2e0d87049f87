/**
 * jsdom's environment has no TextEncoder/TextDecoder, which Node and every browser have; a test that runs the CLI
 * (its .xlsx package code) inside the task pane's jsdom environment imports this first.
 */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
