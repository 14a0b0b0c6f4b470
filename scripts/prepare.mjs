// npm runs `prepare` after `npm install` in this repository and when someone installs
// the package from git (`npm install git+https://…/iop-widgets.git`): npm then installs
// the dev dependencies in a temporary clone, runs this, and packs the result. Builds
// dist/ when the build tools are there; does nothing in an install without them, or when
// IOP_WIDGETS_SKIP_PREPARE is set (CI sets it for `npm ci` and builds once, explicitly).
import {execSync} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
function has(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

if (process.env.IOP_WIDGETS_SKIP_PREPARE) {
  console.log('prepare: IOP_WIDGETS_SKIP_PREPARE is set; not building');
} else if (!has('vite') || !has('@lit/localize-tools')) {
  console.log('prepare: build tools not installed (a production install); not building');
} else {
  execSync('npm run build --silent', {stdio: 'inherit'});
}
