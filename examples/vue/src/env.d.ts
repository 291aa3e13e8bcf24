// The elements' types for templates (Vue's GlobalComponents), and the .vue files'.
/// <reference types="back-spasm-widgets/vue" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
