import { RestError, type Portal } from '@/lib/portal'

// What the app does when Bitrix24 opens it to install it (the REST docs'
// widgets/placement-bind.md and settings/app-installation/installation-finish.md):
// put "Chat Poll" in every chat message's menu, then tell Bitrix24
// the installation is complete. Until then Bitrix24 shows no menu item.

/** The menu item's title in every language Bitrix24 offers the app in. */
export const MENU_TITLES = {
  en: 'Chat Poll',
  ru: 'Опрос в чате',
  de: 'Chat-Umfrage',
  la: 'Encuesta del chat',
  br: 'Enquete do chat',
  ua: 'Опитування в чаті',
  ar: 'استطلاع الدردشة',
} as const

export async function installApp(portal: Portal, handlerUrl: string): Promise<void> {
  try {
    await portal.callMethod('placement.bind', {
      PLACEMENT: 'IM_CONTEXT_MENU',
      HANDLER: handlerUrl,
      TITLE: MENU_TITLES.en,
      LANG_ALL: Object.fromEntries(
        Object.entries(MENU_TITLES).map(([lang, title]) => [lang, { TITLE: title }]),
      ),
      OPTIONS: { context: 'ALL', role: 'USER', extranet: 'N' },
    })
  } catch (error) {
    // A second run of the installer (a reload, a retry) finds its own binding.
    if (!isAlreadyBound(error)) throw error
  }
  await portal.finishInstall()
}

function isAlreadyBound(error: unknown): boolean {
  return (
    error instanceof RestError &&
    error.code === 'ERROR_CORE' &&
    error.message.includes('Handler already binded')
  )
}
