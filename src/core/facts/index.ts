export { type Attribution, attribution, citedOutlets, creditedSource, creditsItself } from './credits.js';
export { names } from './names.js';
export { dateMentions, figures } from './quantities.js';
export { quotations } from './quotes.js';
export type {
  ArticleFacts,
  ArticleSays,
  BriefSentence,
  DateMention,
  Discrepancy,
  Figure,
  Mention,
  Names,
  Quote,
  StoryInsight,
  UniqueClaim,
  Version,
} from './types.js';
export { articleFacts, storyInsight } from './versions.js';
