/**
 * functions.vi.json: the generated English metadata with the Vietnamese descriptions and parameter names from the
 * message catalogue. The build (webpack.config.js) and the metadata test both call this, and it refuses to produce
 * a file with a function or parameter left in English, or with Vietnamese texts for ones that no longer exist.
 */
import { functionsMetadataVi, type FunctionTextsVi } from "../core/i18n/messages/functions";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface MetadataFile {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

/** Excel's rule for names in metadata: letters, digits, underscore and period, starting with a letter. */
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_.]*$/u;

export function localizeMetadata(
  english: MetadataFile,
  texts: Record<string, FunctionTextsVi> = functionsMetadataVi,
): MetadataFile {
  const problems: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(texts)) if (!ids.has(id)) problems.push(`Vietnamese texts for unknown function ${id}`);

  const functions = english.functions.map((fn) => {
    const vi = texts[fn.id];
    if (!vi) {
      problems.push(`no Vietnamese texts for ${fn.id}`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(vi.parameters)) {
      if (!names.has(name)) problems.push(`Vietnamese texts for unknown parameter ${fn.id}(${name})`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const text = vi.parameters[parameter.name];
      if (!text) {
        problems.push(`no Vietnamese texts for ${fn.id}(${parameter.name})`);
        return parameter;
      }
      if (!PARAMETER_NAME.test(text.name)) problems.push(`invalid parameter name "${text.name}" in ${fn.id}`);
      return { ...parameter, name: text.name, description: text.description };
    });
    return { ...fn, description: vi.description, parameters };
  });
  if (problems.length > 0) throw new Error(problems.join("; "));
  return { ...english, functions };
}
