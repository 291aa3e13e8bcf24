// `npm start`: serves the demo site. The demo pages load the built cdn/ bundles exactly as a clinic
// would, with a plain <script type="module"> tag.
export default {
  rootDir: '.',
  // Printed, not opened: http://localhost:8000/demo/, or the next free port if 8000 is taken.
  open: false,
  nodeResolve: false,
  watch: false,
  // The site's address opens the demo.
  middleware: [
    (context, next) => {
      if (context.url === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
