import { answerCounter, type PollRecord } from './poll'
import { votersOf, type Voters } from './voters'

/**
 * `vote.AttachedVote.download`: what `Vote::exportExcel()` produces, an HTML
 * table served as an Excel file (api-reference/vote/vote.attachedvote.download.md):
 * one row per answer with
 * its votes and, for public polls, who chose it.
 */
export function exportPoll(people: Voters, poll: PollRecord): string {
  const rows = poll.questions.flatMap((question) =>
    question.answers.map((answer) => {
      const votes = answerCounter(poll, question.id, answer.id)
      const voters = votersOf(poll, answer.id).map(
        (id) => people.get(id)?.name ?? `User ${id}`,
      )
      return `<tr><td>${escapeHtml(question.text)}</td><td>${escapeHtml(answer.text)}</td><td>${votes}</td><td>${escapeHtml(voters.join(', '))}</td></tr>`
    }),
  )
  return [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
    '<table border="1">',
    '<tr><th>Question</th><th>Answer</th><th>Votes</th><th>Voters</th></tr>',
    ...rows,
    '</table></body></html>',
  ].join('\n')
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}
