// A production install (npm install --omit=dev) must run every command: every package the command
// line loads at run time — following its imports from bin.ts, dynamic ones included — is in
// "dependencies", and "dependencies" holds nothing else (the add-in's React and Fluent UI are
// bundled at build time, so they are devDependencies).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** Module specifiers a file loads at run time (type-only imports and exports are erased). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) found.push((node.moduleReference.expression as ts.StringLiteral).text);
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((f) => existsSync(f) && /\.(tsx?|json)$/.test(f));
}

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Every package reached from the command line's entry point. */
function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.json')) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier);
        if (!local) throw new Error(`${file}: cannot resolve ${specifier}`);
        queue.push(local);
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        packages.set(packageName(specifier), file.slice(root.length + 1));
      }
    }
  }
  return packages;
}

describe('dependencies are classified by where they run', () => {
  const reached = packagesReachedFrom(join(root, 'src', 'cli', 'bin.ts'));

  it('finds the packages the command line loads', () => {
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['commander', 'csv-parse', 'fast-xml-parser', 'zod', 'postal-mime']));
  });

  it('every package the command line loads at run time is in "dependencies"', () => {
    const missing = [...reached].filter(([name]) => !(name in pkg.dependencies)).map(([name, where]) => `${name} (loaded by ${where})`);
    expect(missing).toEqual([]);
  });

  it('"dependencies" holds only what the command line loads', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => !reached.has(name))).toEqual([]);
  });

  it('the bin runs the compiled command line that "npm run build" writes', () => {
    expect(readFileSync(join(root, 'bin', 'protocol-check.js'), 'utf8')).toContain("require('../dist/src/cli/bin.js')");
    const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { include: string[]; compilerOptions: { outDir: string } };
    expect(build.compilerOptions.outDir).toBe('dist');
    expect(build.include).toContain('src/cli');
  });
});
