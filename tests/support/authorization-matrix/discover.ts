import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * What the matrix must cover, found in the source rather than listed by hand: every exported
 * function of lib/ (not lib/generated, not tests) with a parameter whose type names `Actor`,
 * and every exported function of a server-action module of lib/ (a `"use server"` file, named
 * `*-actions.ts`: server actions are endpoints whether or not they take an actor), including
 * those made by lib/platform/actions/actor-action.ts. Read with the TypeScript parser, so an arrow function, an
 * `export const … = cache(async (…) => …)`, a parameter typed `Actor | null` or an object type
 * carrying an `actor: Actor` all count.
 */
export interface Exported {
  file: string;
  name: string;
}

function walk(directory: string, keep: (file: string) => boolean): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return walk(full, keep);
    return keep(full) ? [full] : [];
  });
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The function an exported const holds, looking through wrappers such as cache(…). */
function functionOf(expression: ts.Expression | undefined): ts.SignatureDeclaration | undefined {
  let current = expression;
  while (current && ts.isCallExpression(current)) current = current.arguments[0];
  while (current && (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current))) current = current.expression;
  return current && (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) ? current : undefined;
}

function exportedFunctions(source: ts.SourceFile): { name: string; signature: ts.SignatureDeclaration }[] {
  const declared = new Map<string, ts.SignatureDeclaration>();
  const exported: { name: string; local: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      declared.set(statement.name.text, statement);
      if (isExported(statement)) exported.push({ name: statement.name.text, local: statement.name.text });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const signature = functionOf(declaration.initializer);
        if (!signature || !ts.isIdentifier(declaration.name)) continue;
        declared.set(declaration.name.text, signature);
        if (isExported(statement)) exported.push({ name: declaration.name.text, local: declaration.name.text });
      }
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      // `export { local as name }` of a function declared above without `export`
      for (const specifier of statement.exportClause.elements)
        exported.push({ name: specifier.name.text, local: (specifier.propertyName ?? specifier.name).text });
    }
  }
  return exported.flatMap(({ name, local }) => {
    const signature = declared.get(local);
    return signature ? [{ name, signature }] : [];
  });
}

/** Whether a type node mentions the type `Actor` anywhere (a union, an object member, an array…). */
function mentionsActor(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === "Actor") return true;
  return node.forEachChild((child) => (mentionsActor(child) ? true : undefined)) ?? false;
}

function parse(root: string, file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

const relative = (root: string) => (file: string) => path.relative(root, file).split(path.sep).join("/");

export function discoverDataAccessFunctions(root: string): Exported[] {
  const files = walk(
    path.join(root, "lib"),
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes(`${path.sep}generated${path.sep}`),
  ).map(relative(root));
  return files.flatMap((file) =>
    exportedFunctions(parse(root, file))
      .filter(({ signature }) => signature.parameters.some((parameter) => mentionsActor(parameter.type)))
      .map(({ name }) => ({ file, name })),
  );
}

/** A module of server actions: it opens with the "use server" directive. */
export function isServerActionModule(file: string): boolean {
  return /^\s*["']use server["'];?/.test(readFileSync(file, "utf8"));
}

/** The server-action modules under `root`'s lib/ and app/, as paths relative to `root`. */
export function serverActionModules(root: string): string[] {
  const candidate = (file: string) =>
    /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && !file.includes(`${path.sep}generated${path.sep}`) && isServerActionModule(file);
  return [...walk(path.join(root, "lib"), candidate), ...walk(path.join(root, "app"), candidate)].map(relative(root));
}

/** Every exported value of a module: in a "use server" module each one is an action (Next refuses anything else). */
function exportedValues(source: ts.SourceFile): string[] {
  return source.statements.flatMap((statement) => {
    if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) return [statement.name.text];
    if (ts.isVariableStatement(statement) && isExported(statement))
      return statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : []));
    if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      return statement.exportClause.elements.filter((specifier) => !specifier.isTypeOnly).map((specifier) => specifier.name.text);
    }
    return [];
  });
}

/** The actions: functions, and values an action helper made (`export const x = actorAction({…})`). */
export function discoverServerActions(root: string): Exported[] {
  const files = serverActionModules(root);
  return files.flatMap((file) => exportedValues(parse(root, file)).map((name) => ({ file, name })));
}
