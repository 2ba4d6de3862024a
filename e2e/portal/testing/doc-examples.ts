import getFile from './doc-examples/vote.attachedvote.get.json' with { type: 'json' }
import getManyFile from './doc-examples/vote.attachedvote.getMany.json' with { type: 'json' }
import getWithVotedFile from './doc-examples/vote.attachedvote.getWithVoted.json' with { type: 'json' }
import recallFile from './doc-examples/vote.attachedvote.recall.json' with { type: 'json' }
import voteFile from './doc-examples/vote.attachedvote.vote.json' with { type: 'json' }
import profileFile from './doc-examples/profile.json' with { type: 'json' }

/**
 * Response examples copied verbatim from the official REST docs, one file
 * per method in doc-examples/, each naming the page it was copied from.
 */

/** A docs example as its file holds it. */
interface DocExample<TExample> {
  /** The REST method whose response it is. */
  readonly method: string
  /** The docs page it was copied from. */
  readonly source: string
  /** What sets it apart, where that needs saying. */
  readonly about?: string
  readonly example: TExample
}

function exampleOf<TExample>(file: DocExample<TExample>): TExample {
  return file.example
}

export const getExample = exampleOf(getFile)
export const getManyExample = exampleOf(getManyFile)
export const getWithVotedExample = exampleOf(getWithVotedFile)
export const voteExample = exampleOf(voteFile)
export const recallExample = exampleOf(recallFile)
export const profileExample = exampleOf(profileFile)
