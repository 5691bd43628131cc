// @aws-cdk/aws-service-spec finds its database at path.join(__dirname, '..', 'db.json.gz'), and an ES module bundle
// has no __dirname. This esbuild plugin makes it look beside the bundle instead, through the bundle's `require`
// (the banner's createRequire(import.meta.url)), and SERVICE_SPEC_ASSET ships the database there.
import { readFileSync } from 'node:fs';

export const SERVICE_SPEC_ASSET = { from: 'node_modules/@aws-cdk/aws-service-spec/db.json.gz', to: 'dist/db.json.gz' };

export const serviceSpecBesideBundle = {
  name: 'service-spec-beside-bundle',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]@aws-cdk[\\/]aws-service-spec[\\/]lib[\\/]index\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const lookup = "path.join(__dirname, '..', DB_COMPRESSED)";
      if (!source.includes(lookup)) throw new Error(`${path} no longer finds db.json.gz with ${lookup}: update scripts/service-spec-plugin.mjs`);
      return { contents: source.replace(lookup, "require.resolve('./' + DB_COMPRESSED)"), loader: 'js' };
    });
  },
};
