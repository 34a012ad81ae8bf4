import * as vscode from 'vscode';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { DETECTORS, type CredenceConfig, type Severity } from '../engine';
import { isInside, realPath } from '../node/walk';

/** A rule's level in `credence.rules`. */
export type RuleLevel = 'off' | Severity;

/**
 * Severities in the editor when the user sets none. Every quotation is flagged by `quote`, so it
 * stays a hint; the things an editor must act on are warnings.
 */
export const EDITOR_SEVERITY: Readonly<Record<string, Severity>> = {
  'claim-conflict': 'warning',
  'anonymous-source': 'info',
  'unattributed-quote': 'warning',
  promotional: 'warning',
  quote: 'hint',
};

const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info', 'hint'];

/** The `credence.*` settings for one document or folder, validated and with paths resolved. */
export interface CredenceSettings {
  /** Levels the user set explicitly; they override a rule's per-finding severity too. */
  rules: Record<string, RuleLevel>;
  /** Absolute corpus paths (folders or files). */
  corpusPaths: string[];
  includeSeeds: boolean;
  maxBytes: number;
  languages: string[];
  /** `credence.loadedLanguage.extraTerms`: the user's own loaded words (strings or term objects), passed to the rule as options. */
  loadedLanguageTerms: unknown[];
}

/** Default for `credence.maxFileSizeMB`. */
export const DEFAULT_MAX_MB = 10;
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];

/** Reads the settings that apply to a document (or, without a scope, the window). */
export function readSettings(scope?: vscode.ConfigurationScope): CredenceSettings {
  const config = vscode.workspace.getConfiguration('credence', scope);
  const rules: Record<string, RuleLevel> = {};
  const rawRules = config.get<unknown>('rules');
  if (rawRules && typeof rawRules === 'object') {
    for (const [id, level] of Object.entries(rawRules as Record<string, unknown>)) {
      const value = Array.isArray(level) ? level[0] : level;
      if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) rules[id] = value as RuleLevel;
    }
  }
  const mb = config.get<number>('maxFileSizeMB', DEFAULT_MAX_MB);
  const languages = config.get<unknown>('languages');
  return {
    rules,
    corpusPaths: corpusPaths(config, folderOf(scope)),
    includeSeeds: config.get<boolean>('corpus.includeSeeds', true) !== false,
    maxBytes: (typeof mb === 'number' && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024,
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : DEFAULT_LANGUAGES,
    loadedLanguageTerms: asArray(config.get<unknown>('loadedLanguage.extraTerms')),
  };
}

/** The engine config: editor defaults, then the user's levels. */
export function engineConfig(settings: CredenceSettings): CredenceConfig {
  const rules: NonNullable<CredenceConfig['rules']> = {};
  for (const detector of DETECTORS) rules[detector.id] = settings.rules[detector.id] ?? EDITOR_SEVERITY[detector.id] ?? detector.meta.severity;
  const loaded = rules['loaded-language'];
  if (settings.loadedLanguageTerms.length && typeof loaded === 'string') rules['loaded-language'] = [loaded, { extraTerms: settings.loadedLanguageTerms }];
  return { rules };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Whether a document is one Credence checks: a language from `credence.languages`, a real file or an unsaved draft. */
export function isChecked(doc: vscode.TextDocument): boolean {
  if (!['file', 'untitled', 'vscode-remote', 'vscode-vfs'].includes(doc.uri.scheme)) return false;
  return readSettings(doc).languages.includes(doc.languageId);
}

function folderOf(scope: vscode.ConfigurationScope | undefined): vscode.WorkspaceFolder | undefined {
  if (!scope) return vscode.workspace.workspaceFolders?.[0];
  const uri = scope instanceof vscode.Uri ? scope : 'uri' in scope ? scope.uri : undefined;
  if (uri) return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  return vscode.workspace.workspaceFolders?.[0];
}

/**
 * Corpus paths, resolved against the workspace folder. In an untrusted workspace the user's own
 * (global) paths stand, but workspace and folder settings may only name paths inside the
 * workspace: a cloned repository must not make Credence read files elsewhere on the machine.
 */
function corpusPaths(config: vscode.WorkspaceConfiguration, folder: vscode.WorkspaceFolder | undefined): string[] {
  const base = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  const absolute = (p: string) => {
    const expanded = p.startsWith('~/') ? resolve(homedir(), p.slice(2)) : p;
    return isAbsolute(expanded) ? resolve(expanded) : base ? resolve(base, expanded) : undefined;
  };
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : []);
  if (vscode.workspace.isTrusted) return unique(strings(config.get('corpus.paths')).map(absolute));
  const inspected = config.inspect<unknown>('corpus.paths');
  const fromWorkspace = [...strings(inspected?.workspaceValue), ...strings(inspected?.workspaceFolderValue)].map(absolute).filter((p) => p !== undefined && insideWorkspace(p));
  return unique([...strings(inspected?.globalValue).map(absolute), ...fromWorkspace]);
}

/**
 * True when an absolute path lies inside one of the open workspace folders, after resolving
 * symbolic links: a link in the workspace to a folder elsewhere is outside.
 */
export function insideWorkspace(path: string): boolean {
  const real = realPath(path);
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.scheme === 'file' && isInside(real, realPath(folder.uri.fsPath)));
}

function unique(paths: Array<string | undefined>): string[] {
  return [...new Set(paths.filter((p): p is string => p !== undefined))];
}
