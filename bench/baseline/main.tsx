import { initializeB24Frame } from '@bitrix24/b24jssdk'
import { useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { markForBench } from '../../src/lib/bench-marks'

/**
 * The floor the benchmark compares the app with: the same React and SDK,
 * one `vote.AttachedVote.get`, the answers' texts on screen, nothing else.
 */

interface Attach {
  QUESTIONS: Record<string, { ANSWERS: Record<string, { MESSAGE: string }> }>
}

function Answers({ texts }: { texts: string[] }) {
  useEffect(() => {
    markForBench('pollRendered')
  }, [texts])
  return (
    <ul>
      {texts.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  )
}

const b24 = await initializeB24Frame()
const { messageId } = b24.placement.options as { messageId: string }
const response = await b24.actions.v2.call.make({
  method: 'vote.AttachedVote.get',
  params: {
    moduleId: 'im',
    entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
    entityId: Number(messageId),
  },
})
const { attach } = response.getData()?.result as { attach: Attach }
const texts = Object.values(attach.QUESTIONS).flatMap((question) =>
  Object.values(question.ANSWERS).map((answer) => answer.MESSAGE),
)
const root = document.getElementById('root')
if (root) createRoot(root).render(<Answers texts={texts} />)
