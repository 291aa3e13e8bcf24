// `npm start`: serves the demo site. The demo pages load the built cdn/ bundles exactly as a clinic
// would, with a plain <script type="module"> tag.
export default {
  rootDir: '.',
  port: 8000,
  // Printed, not opened: the address is http://localhost:8000/demo/
  open: false,
  nodeResolve: false,
  watch: false,
};
