// What a Vite + Vue project declares; the widgets' types come from tsconfig.json's "types".
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
