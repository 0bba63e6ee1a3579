/**
 * Builds the one shared-runtime page (taskpane.html with the taskpane, functions and commands chunks), the custom
 * functions metadata in English (from JSDoc) and Vietnamese, the icons and the manifest with its URLs stamped.
 *
 * Production URL: ADDIN_URL (e.g. `ADDIN_URL=https://chitieu.hanoi.gov.vn/ npm run build`), else a placeholder.
 * The build needs neither the network nor certificates; only `webpack serve` asks office-addin-dev-certs for them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_URL = "https://chitieu.example.gov.vn/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
const FUNCTIONS_METADATA_VI = "functions.vi.json";
const ES_TARGET = "es2020";
const POLYFILLS = "./src/polyfills.ts";

/** The production base URL, always https and ending in "/" so it can replace DEV_URL verbatim. */
function productionUrl(value = process.env.ADDIN_URL) {
  const url = (value ?? "").trim() || PLACEHOLDER_URL;
  if (!/^https:\/\/[^/\s]+/.test(url)) throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * Completes the generated functions.json (src/functions/metadata-files.ts: error cells may reach the functions) and
 * emits functions.vi.json from it with the Vietnamese texts of src/functions/metadata-vi.ts.
 */
class VietnameseMetadataPlugin {
  apply(compiler) {
    const name = "VietnameseMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const english = compilation.getAsset(FUNCTIONS_METADATA);
          if (!english) return; // the metadata plugin has already reported why
          // The translations are TypeScript; tsx loads them without a separate compile step.
          const { tsImport } = await import("tsx/esm/api");
          const { buildMetadataFiles } = await tsImport("./src/functions/metadata-files.ts", import.meta.url);
          try {
            const files = buildMetadataFiles(JSON.parse(english.source.source().toString()));
            compilation.updateAsset(
              FUNCTIONS_METADATA,
              new webpack.sources.RawSource(JSON.stringify(files.english, null, 4)),
            );
            compilation.emitAsset(
              FUNCTIONS_METADATA_VI,
              new webpack.sources.RawSource(JSON.stringify(files.vietnamese, null, 2)),
            );
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(`${FUNCTIONS_METADATA_VI}: ${error.message}`));
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  const devCerts = await import("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const prodUrl = dev ? DEV_URL : productionUrl();
  return {
    context: root,
    devtool: dev ? "eval-source-map" : "source-map",
    // ES2020 everywhere (webpack's own runtime included): the Safari web view of Excel on older macOS versions
    // cannot parse `||=` or class static blocks. See the README's "Where it runs".
    target: ["web", ES_TARGET],
    // Each entry starts with the polyfills, so Object.hasOwn exists before any dependency calls it.
    entry: {
      taskpane: [POLYFILLS, "./src/taskpane/index.ts"],
      functions: [POLYFILLS, FUNCTIONS_SOURCE],
      commands: [POLYFILLS, "./src/commands/commands.ts"],
    },
    output: {
      path: path.resolve(root, "dist"),
      // Fixed names: the manifest names functions.js; the page busts caches with a hash query instead.
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is `npm run typecheck`; the bundle only needs the transpile.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true, target: ES_TARGET } },
          },
        },
        {
          // Dependencies ship ES2022 (class static blocks, `??=`); esbuild lowers them. Our own code keeps ts-loader.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          loader: "esbuild-loader",
          options: { target: ES_TARGET },
        },
      ],
    },
    optimization: {
      // All three entries run in one page: one webpack runtime, so shared modules (core, i18n) exist once.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins: [
      // The command line's texts (about 5 KB gzipped) stay out of the page; src/core/i18n/messages/command-line-only.ts.
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]i18n[\\/]messages[\\/](cli|cli-run)(\.ts)?$/,
        path.resolve(root, "src/core/i18n/messages/command-line-only.ts"),
      ),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: FUNCTIONS_METADATA }),
      new VietnameseMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
    },
  };
};

export const OUTPUTS = {
  esTarget: ES_TARGET,
  page: "taskpane.html",
  metadata: FUNCTIONS_METADATA,
  metadataVi: FUNCTIONS_METADATA_VI,
};
