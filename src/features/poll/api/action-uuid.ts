/**
 * A fresh id for one vote or withdrawal. Bitrix24 only echoes it in the live
 * event it sends the user's other tabs (bitrix/modules/vote/lib/Integration/
 * Pull/VoteChangesSender.php): it neither stores it nor recognises a repeated
 * request by it, so nothing here relies on it. `crypto.randomUUID` exists only
 * in secure contexts, and an on-premise portal may be reached over plain HTTP;
 * random bytes work everywhere.
 */
export function newActionUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  // RFC 9562 version 4: random, with the version and variant bits set.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
