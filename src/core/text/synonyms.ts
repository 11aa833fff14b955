/**
 * The same learning topic in the other languages a working library holds: a goal keyword
 * written in English ("password manager") also finds a German page's "Passwortmanager", a French
 * page's "vie privée" for "privacy", or a Chinese page's 神经网络 for "neural networks". Only
 * names specific enough to stand for the topic alone are listed, each with its common plural or
 * compound spellings: a general word ("suivi", "Führung") would suggest pages that merely use it.
 * Accents, case and English plurals are folded by `matchWords`, so the forms below are written
 * as people write them.
 */
import { fold, matchWords } from './match';
import { hasNoSpaceScript } from './words';

const TOPICS: readonly (readonly string[])[] = [
  // English first: the keyword a person writes; then German, French, Spanish, Chinese.
  ['machine learning', 'maschinelles Lernen', 'apprentissage automatique', 'aprendizaje automático', '机器学习'],
  [
    'neural network',
    'neuronales Netz',
    'neuronale Netze',
    'neuronalen Netzen',
    'réseau de neurones',
    'réseaux de neurones',
    'réseaux neuronaux',
    'red neuronal',
    'redes neuronales',
    '神经网络',
  ],
  ['deep learning', 'apprentissage profond', 'aprendizaje profundo', '深度学习'],
  [
    'artificial intelligence',
    'künstliche Intelligenz',
    'intelligence artificielle',
    'inteligencia artificial',
    '人工智能',
  ],
  [
    'password manager',
    'Passwortmanager',
    'Passwort-Manager',
    'Passwortverwaltung',
    'gestionnaire de mots de passe',
    'gestor de contraseñas',
    '密码管理器',
  ],
  ['privacy', 'Privatsphäre', 'Datenschutz', 'vie privée', 'confidentialité', 'privacidad', '隐私'],
  ['surveillance', 'Überwachung', 'Massenüberwachung', 'vigilancia', '监控'],
  ['encryption', 'Verschlüsselung', 'chiffrement', 'cifrado', '加密'],
  ['venture capital', 'Risikokapital', 'Wagniskapital', 'capital-risque', 'capital riesgo', '风险投资'],
  ['investors', 'Investoren', 'investisseurs', 'inversores', '投资者'],
  ['fundraising', 'levée de fonds', 'Finanzierungsrunde', 'tour de table', '融资'],
  ['data warehouse', 'Data-Warehouse', 'entrepôt de données', 'almacén de datos', '数据仓库'],
  ['data pipelines', 'Datenpipeline', 'pipeline de données', 'pipelines de données', '数据管道'],
  ['public speaking', 'prise de parole en public', 'hablar en público', '公开演讲'],
  ['positioning', 'Positionierung', 'positionnement', 'posicionamiento'],
  ['content marketing', 'marketing de contenu', 'marketing de contenidos', '内容营销'],
  ['developer tools', 'Entwicklerwerkzeuge', 'outils de développement', 'herramientas de desarrollo', '开发者工具'],
];

/** A phrase as a goal term: its stemmed, folded words joined, or a no-space run whole. */
function asTerm(phrase: string): string {
  const folded = fold(phrase).trim();
  return hasNoSpaceScript(folded) ? folded.replace(/\s+/g, '') : matchWords(folded).join(' ');
}

const BY_TERM = new Map<string, string[]>();
for (const names of TOPICS) {
  const all = [...new Set(names.map(asTerm))];
  for (const term of all)
    BY_TERM.set(
      term,
      all.filter((t) => t !== term),
    );
}

/** The same topic's term in the other languages listed (none for a term not listed). */
export function otherLanguageTerms(term: string): readonly string[] {
  return BY_TERM.get(term) ?? [];
}
