import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The office-addins config registers @typescript-eslint, office-addins and prettier for .ts files only;
// the same plugin objects and rules are reused for .tsx so both get the Office.js checks.
const officeBlock = officeAddins.configs.react.find((c) => c.plugins && c.plugins["office-addins"] && c.rules);

export default [
  { ignores: ["dist/**", "dist-*/**", "out/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.tsx"],
    plugins: officeBlock.plugins,
    rules: officeBlock.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  {
    // The engine must run unchanged in Excel, in Node and in the custom-functions runtime.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process", "stream", "buffer"], message: "src/core must not use Node APIs." },
            {
              group: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js", "exceljs"],
              message: "src/core knows nothing of its hosts.",
            },
            { group: ["../../*"], message: "src/core may only import from src/core." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process", "require"],
    },
  },
];
