/** The connector classes a poll is attached through (reference §2), as PHP class names. */
export const CHAT_POLL_ENTITY = 'Bitrix\\Vote\\Attachment\\ImMessageConnector'
export const FEED_POLL_ENTITY = 'Bitrix\\Vote\\Attachment\\BlogPostConnector'
