/**
 * `npm run preview`: the task pane over the in-memory Excel (src/preview), served at http://localhost:3001 with no
 * Office, certificates or manifest. The end-to-end test builds it with `outputPath` set to a temporary folder.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
export const PREVIEW_PORT = 3001;

export default (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    context: root,
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : false,
    target: ["web", "es2022"],
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: env.outputPath ?? path.resolve(root, "out/preview"),
      filename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ template: "./src/preview/preview.html", filename: "index.html" })],
    devServer: { host: "localhost", port: PREVIEW_PORT, open: false, client: { overlay: { warnings: false } } },
  };
};
