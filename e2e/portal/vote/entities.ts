/**
 * The connector classes a poll is attached through (FIDELITY.md, "Addressing
 * and access"), as PHP class names.
 */
export const CHAT_POLL_ENTITY = 'Bitrix\\Vote\\Attachment\\ImMessageConnector'
export const FEED_POLL_ENTITY = 'Bitrix\\Vote\\Attachment\\BlogPostConnector'
