// The smallest useful Lit element: one property and a one-line template. Bundled like the cdn/
// files, it is the floor the widgets' size and render time are compared with.
import { LitElement, html } from 'lit';

export class HelloWorld extends LitElement {
  static properties = { name: {} };

  constructor() {
    super();
    this.name = 'world';
  }

  render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

customElements.define('hello-world', HelloWorld);
