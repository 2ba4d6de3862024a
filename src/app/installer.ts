import type { ComponentProps } from 'react'
import { laterPart } from '../components/later-part'
import type { InstallScreen } from '../features/install/install-screen'

/**
 * The installer runs once, on an administrator's first open: a chunk of its
 * own, fetched while the app starts in install mode.
 */
export const installer = laterPart<ComponentProps<typeof InstallScreen>>(() =>
  import('../features/install/install-screen').then((module) => ({
    default: module.InstallScreen,
  })),
)
