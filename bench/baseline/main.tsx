import { initializeB24Frame } from '@bitrix24/b24jssdk'
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { markForBench, markForBenchOnScreen } from '../../src/lib/bench-marks'

/**
 * The floor the benchmark compares the app with: the same React and SDK,
 * one `vote.AttachedVote.get`, the answers' texts and counters on screen, and
 * a Withdraw my vote button that sends `vote.AttachedVote.recall` and shows the
 * counters it answers with; nothing else.
 */

interface Attach {
  QUESTIONS: Record<
    string,
    { ANSWERS: Record<string, { MESSAGE: string; COUNTER: number | string }> }
  >
}

interface Row {
  readonly text: string
  readonly counter: string
}

const b24 = await initializeB24Frame()
markForBench('connected')
const { messageId } = b24.placement.options as { messageId: string }
const address = {
  moduleId: 'im',
  entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
  entityId: Number(messageId),
}

async function call(method: string, params: Record<string, unknown>): Promise<Row[]> {
  const response = await b24.actions.v2.call.make({ method, params })
  const { attach } = response.getData()?.result as { attach: Attach }
  return Object.values(attach.QUESTIONS).flatMap((question) =>
    Object.values(question.ANSWERS).map((answer) => ({
      text: answer.MESSAGE,
      counter: String(answer.COUNTER),
    })),
  )
}

function Answers({ initialRows }: { initialRows: Row[] }) {
  const [rows, setRows] = useState(initialRows)
  useEffect(() => {
    markForBenchOnScreen('pollRendered')
  }, [rows])
  return (
    <>
      <ul>
        {rows.map((row) => (
          <li key={row.text}>
            {row.text} {row.counter}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          markForBench('withdrawClicked')
          void call('vote.AttachedVote.recall', {
            ...address,
            actionUuid: crypto.randomUUID(),
          }).then(setRows)
        }}
      >
        Withdraw my vote
      </button>
    </>
  )
}

const rows = await call('vote.AttachedVote.get', address)
const root = document.getElementById('root')
if (root) createRoot(root).render(<Answers initialRows={rows} />)
