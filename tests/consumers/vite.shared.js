// Shared build settings: iop-widgets and Lit in their own chunk, so the test can report
// what the widgets add to an app (gzip), apart from the framework and the app's code.
// Translation files and the FAQ (which the plain app imports later, lazily) stay separate.
export const widgetChunks = {
  outDir: 'dist',
  emptyOutDir: true,
  reportCompressedSize: false,
  rolldownOptions: {
    output: {
      codeSplitting: {
        groups: [{name: 'widgets', test: /node_modules[\\/](iop-widgets[\\/](?!dist[\\/]chunks[\\/](ar|es|ko|tl|vi|zh-Hans|zh-Hant)[.-])(?!dist[\\/](chunks[\\/])?(iop-)?faq[.-])|lit[\\/]|lit-html[\\/]|lit-element[\\/]|@lit[\\/](reactive-element|localize|react)[\\/])/}],
      },
    },
  },
};
