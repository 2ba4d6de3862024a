import type { Rolldown } from 'vite'

/** The chunk the build made of `module` (a path from the project's root), if any. */
export function chunkOf(
  bundle: Rolldown.OutputBundle,
  module: string,
): Rolldown.OutputChunk | undefined {
  return Object.values(bundle).find(
    (item): item is Rolldown.OutputChunk =>
      item.type === 'chunk' && (item.facadeModuleId?.endsWith(module) ?? false),
  )
}
