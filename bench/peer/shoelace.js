// The peer: comparable controls from a popular component library (Shoelace, itself built on Lit),
// its button and checkbox, bundled like the cdn/ files. Its light theme is served beside it.
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
