/**
 * The engine's link assessment for callers outside the rules (the content
 * script checks links in received messages with it, G12). A facade, so that
 * the content script imports from the engine and knows no rule files.
 */
export { assessLink, LINK_REASONS } from '../rules/shared/links';
export type { LinkAssessment, LinkConfig, LinkReason } from '../rules/shared/links';
